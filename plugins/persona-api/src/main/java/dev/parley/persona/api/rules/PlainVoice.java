package dev.parley.persona.api.rules;

import static dev.parley.persona.api.Phrases.join;

import dev.parley.domain.persona.PersonaTurn;
import dev.parley.persona.api.FactAnswers;
import dev.parley.persona.api.PersonsWords;
import dev.parley.persona.api.Phrases;
import dev.parley.persona.api.TermsWording;

/**
 * A neutral, businesslike way to put a {@link Decision} in words, for personas without a voice of
 * their own (and for fallbacks). Terms are written with {@link TermsWording}; no sentence is said
 * twice in a session ({@link Phrases} remembers the persona's earlier messages); a question about
 * the scenario is answered from its fact sheet first ({@link FactAnswers}); the offer on the round
 * before the last is called final, and the rounds left are named when few remain.
 */
public final class PlainVoice {

  private PlainVoice() {}

  public static String say(Decision decision, PersonaTurn turn) {
    Phrases phrases = new Phrases(turn, "plain-voice");
    String terms = TermsWording.describe(decision.terms(), turn.scenario());
    String text =
        switch (decision.kind()) {
          case OPEN ->
              join(
                  FactAnswers.answer(PersonsWords.of(turn), phrases),
                  phrases.freshOr(
                      round -> "My proposal for round " + round + ": " + terms + ".",
                      "Here is my proposal: " + terms + ".",
                      "I propose " + terms + ".",
                      "To start: " + terms + "."),
                  rounds(decision, phrases));
          case COUNTER, RECOUNTER, ANSWER ->
              join(
                  FactAnswers.answer(PersonsWords.of(turn), phrases),
                  decision.kind() == Decision.Kind.ANSWER
                      ? ""
                      : decision.movedOn().isEmpty()
                          ? phrases.fresh(
                              "I have to stay where I am.",
                              "I can't move on this.",
                              "My position is unchanged.",
                              "I'm holding my position.",
                              "")
                          : phrases.fresh(
                              "I can move on " + TermsWording.names(decision.movedOn()) + ".",
                              "I've moved on " + TermsWording.names(decision.movedOn()) + ".",
                              "I can give some ground on "
                                  + TermsWording.names(decision.movedOn())
                                  + "."),
                  offer(decision, terms, phrases),
                  decision.kind() == Decision.Kind.ANSWER && !decision.finalOffer()
                      ? phrases.fresh(
                          "What would work for you?",
                          "What would you propose?",
                          "Tell me what you need to agree.",
                          "Do you have a counter-proposal?",
                          "")
                      : "",
                  rounds(decision, phrases));
          case ACCEPT -> "I accept: " + terms + ".";
          case WALK_AWAY -> "I don't think we can agree, so I'll stop here.";
          case CLOSE_DEAL -> "Agreed: " + terms + ". Thank you.";
          case FAREWELL -> "Understood. Thank you for your time.";
        };
    return text.isBlank() ? "Round " + (turn.round() + 1) + ": " + terms + "." : text;
  }

  private static String offer(Decision decision, String terms, Phrases phrases) {
    if (decision.finalOffer() && decision.roundsLeft() >= 1) {
      return phrases.freshOr(
          round -> "This is my final offer: " + terms + ".",
          "This is my final offer: " + terms + ".");
    }
    if (decision.finalOffer()) {
      return phrases.freshOr(
          round -> "My final offer remains " + terms + ".",
          "My final offer stands: " + terms + ".");
    }
    return phrases.freshOr(
        round -> "In round " + round + " my proposal is " + terms + ".",
        "My proposal is now " + terms + ".",
        "My proposal stands: " + terms + ".",
        "I propose " + terms + ".",
        "On the table from me: " + terms + ".",
        "My offer is " + terms + ".",
        "I can offer " + terms + ".");
  }

  private static String rounds(Decision decision, Phrases phrases) {
    if (!decision.fewRoundsLeft()) {
      return "";
    }
    return switch (decision.roundsLeft()) {
      case 0 -> phrases.fresh("We are out of rounds.", "That was the last round.");
      case 1 -> phrases.fresh("One round is left.", "You have one round left.");
      default ->
          phrases.fresh(
              decision.roundsLeft() + " rounds are left.",
              "We have " + decision.roundsLeft() + " rounds left.");
    };
  }

  public static String explain(Decision decision) {
    return switch (decision.kind()) {
      case OPEN -> "Opened with a package near its targets.";
      case COUNTER, RECOUNTER ->
          decision.movedOn().isEmpty()
              ? "Held its position."
              : "Conceded on " + TermsWording.names(decision.movedOn()) + ".";
      case ACCEPT -> "Accepted a package within its limits and close to its own proposal.";
      case WALK_AWAY -> "Walked away: the sides were too far apart late in the session.";
      case ANSWER -> "Restated its proposal and asked what would work.";
      case CLOSE_DEAL -> "The deal is agreed.";
      case FAREWELL -> "The person walked away.";
    };
  }
}
