package dev.parley.persona.llm;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.scenario.Fact;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.Scenario;
import dev.parley.persona.api.TermsWording;
import dev.parley.persona.api.rules.Decision;
import java.util.List;
import java.util.Locale;

/**
 * What the model is told. It never sees the persona's reservation values or weights, only which way
 * each issue is better for its side and the move the rules suggest, so it cannot give the limits
 * away; the rules' suggestion keeps its offers inside them.
 */
final class Prompt {

  private static final int HISTORY = 12;

  private Prompt() {}

  static String system(PersonaTurn turn, Decision suggestion) {
    Scenario scenario = turn.scenario();
    StringBuilder text = new StringBuilder();
    text.append("You are the ")
        .append(scenario.counterpart().role())
        .append(" in a negotiation practice called \"")
        .append(scenario.title())
        .append("\": ")
        .append(scenario.description())
        .append("\nThe issues (key: label, range, step, which way is better for you):\n");
    for (Issue issue : scenario.issues()) {
      boolean higher =
          turn.privatePreferences().of(issue.key()).direction()
              == dev.parley.domain.scenario.Direction.HIGHER_IS_BETTER;
      text.append("- ")
          .append(issue.key())
          .append(": ")
          .append(issue.label())
          .append(", ")
          .append(TermsWording.number(issue.min()))
          .append(" to ")
          .append(TermsWording.number(issue.max()))
          .append(" in steps of ")
          .append(TermsWording.number(issue.step()))
          .append(", ")
          .append(higher ? "higher" : "lower")
          .append(" is better for you\n");
    }
    if (!scenario.factSheet().facts().isEmpty()) {
      text.append(
          "What you know and may tell the person when asked (answer questions from these facts"
              + " only, truthfully; if a question is not covered, say you will find out):\n");
      for (Fact fact : scenario.factSheet().facts()) {
        text.append("- ").append(fact.topic()).append(": ").append(fact.answer()).append('\n');
      }
    }
    text.append("Your negotiation coach suggests this move: ")
        .append(describe(suggestion, scenario))
        .append(
            "\nFollow the suggestion's move and terms unless the person's last message calls"
                + " for a question or a remark; put it in your own words; answer the person's"
                + " question first, then take up a reason they gave, then the offer; refer to"
                + " the terms on the table, be civil and concise (at"
                + " most three sentences). A counter_offer lists every issue. Never state your"
                + " limits or how much each issue matters to you in numbers. Never repeat a"
                + " sentence you said earlier in the conversation. Never tell the person what"
                + " matters to them unless they said so themselves.");
    if (suggestion.finalOffer() && suggestion.roundsLeft() >= 1) {
      text.append(
          "\nThis is your final offer and the person has one round left: say plainly that it"
              + " is your final offer.");
    } else if (suggestion.finalOffer()) {
      text.append(
          "\nThis is the last round: say that your final offer stands and no rounds are left.");
    } else if (suggestion.fewRoundsLeft()) {
      text.append("\nSay that ")
          .append(suggestion.roundsLeft())
          .append(" rounds are left after this one.");
    }
    return text.toString();
  }

  static String user(PersonaTurn turn) {
    StringBuilder text = new StringBuilder("The conversation so far (oldest first):\n");
    List<Message> transcript = turn.transcript();
    for (Message message :
        transcript.subList(Math.max(0, transcript.size() - HISTORY), transcript.size())) {
      text.append(message.sender() == Sender.USER ? "Person: " : "You: ")
          .append(message.content())
          .append('\n');
    }
    if (!turn.onTable().isEmpty()) {
      text.append("On the table: ")
          .append(TermsWording.describe(turn.onTable(), turn.scenario()))
          .append(turn.personsProposal().isPresent() ? " (proposed by the person)" : " (yours)")
          .append('\n');
    }
    text.append("Round ")
        .append(turn.round() + 1)
        .append(" of ")
        .append(turn.roundLimit())
        .append(". Answer with the JSON object.");
    return text.toString();
  }

  private static String describe(Decision suggestion, Scenario scenario) {
    String move = moveName(suggestion.move());
    if (suggestion.move() instanceof Move.CounterOffer offer) {
      StringBuilder terms = new StringBuilder();
      offer
          .terms()
          .values()
          .forEach(
              (key, value) ->
                  terms.append(key).append('=').append(TermsWording.number(value)).append(' '));
      return move + " with " + terms.toString().strip();
    }
    if (suggestion.kind() == Decision.Kind.ACCEPT) {
      return "accept the person's proposal ("
          + TermsWording.describe(suggestion.terms(), scenario)
          + ")";
    }
    return move;
  }

  static String moveName(Move move) {
    return switch (move) {
      case Move.CounterOffer offer -> "counter_offer";
      case Move.Accept accept -> "accept";
      case Move.Reject reject -> "reject";
      case Move.WalkAway walkAway -> "walk_away";
      case Move.Ask ask -> "ask";
      case Move.Talk talk -> "talk";
    };
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
