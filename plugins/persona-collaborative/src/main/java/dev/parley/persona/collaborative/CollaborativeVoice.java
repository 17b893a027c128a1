package dev.parley.persona.collaborative;

import static dev.parley.persona.api.Phrases.join;

import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.scenario.Issue;
import dev.parley.persona.api.FactAnswers;
import dev.parley.persona.api.PersonsWords;
import dev.parley.persona.api.Phrases;
import dev.parley.persona.api.TermsWording;
import dev.parley.persona.api.rules.Decision;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How the collaborative hiring manager puts a decision in words: warm, curious, explicit trades. It
 * never says a sentence twice in a session ({@link Phrases}), only says something matters to the
 * person when the person said so ({@link PersonsWords#stressed()}), and says when its offer is
 * final and how few rounds are left.
 */
final class CollaborativeVoice {

  private final PersonaTurn turn;
  private final PersonsWords words;
  private final Phrases phrases;

  CollaborativeVoice(PersonaTurn turn) {
    this.turn = turn;
    this.words = PersonsWords.of(turn);
    this.phrases = new Phrases(turn, CollaborativePersona.ID);
  }

  String say(Decision decision) {
    String terms = TermsWording.describe(decision.terms(), turn.scenario());
    String text =
        switch (decision.kind()) {
          case OPEN ->
              join(
                  greeting(),
                  FactAnswers.answer(words, phrases),
                  phrases.freshOr(
                      round -> "A first package: " + terms + ".",
                      "Here's a starting point we could build on: " + terms + ".",
                      "To get us going, how about " + terms + "?",
                      "My first idea for a package is " + terms + ".",
                      "Let me suggest " + terms + " as a start."),
                  roundsNote(decision),
                  priorityQuestion(false));
          case COUNTER ->
              join(
                  FactAnswers.answer(words, phrases),
                  reactionToProposal(),
                  trade(decision),
                  offer(decision, terms),
                  roundsNote(decision));
          case RECOUNTER ->
              join(
                  phrases.fresh(
                      "Okay, that one didn't land.",
                      "Fair enough, let's try another shape.",
                      "Understood, that wasn't right for you.",
                      "No problem, let's rethink it.",
                      "Thanks for being clear that it doesn't work.",
                      "All right, back to the drawing board."),
                  trade(decision),
                  offer(decision, terms),
                  roundsNote(decision),
                  decision.finalOffer() ? "" : priorityQuestion(true));
          case ACCEPT ->
              phrases.fresh(
                  "That works for us. " + capitalised(terms) + ": let's do it!",
                  "Great, I think that's a fair outcome for both of us. Agreed: " + terms + ".",
                  "Yes, we can agree to " + terms + ". Thanks for working through it with me.");
          case WALK_AWAY ->
              "I'm sorry we couldn't find a package that works for both of us. Let's leave it"
                  + " here.";
          case ANSWER ->
              join(
                  words.question()
                      ? phrases.fresh(
                          "Good question.",
                          "Happy to share.",
                          "Sure.",
                          "Glad you asked.",
                          "Of course.",
                          "Let me answer that.")
                      : phrases.fresh(
                          "Thanks, that helps.",
                          "I appreciate you telling me.",
                          "That's useful to know.",
                          "Thanks for explaining.",
                          "Good to hear.",
                          "I see."),
                  words.askedAbout().isPresent()
                      ? FactAnswers.answer(words, phrases)
                      : ourPriority(),
                  decision.finalOffer()
                      ? offer(decision, terms)
                      : phrases.freshOr(
                          round -> "In round " + round + ", our proposal is still " + terms + ".",
                          "Our current proposal is " + terms + ".",
                          "What we have on the table is " + terms + ".",
                          "Our package stands at " + terms + ".",
                          "For now we're proposing " + terms + ".",
                          "We're still suggesting " + terms + ".",
                          "The package from our side is " + terms + "."),
                  roundsNote(decision),
                  decision.finalOffer() ? "" : priorityQuestion(true));
          case CLOSE_DEAL ->
              phrases.fresh(
                  "Wonderful, we're agreed on " + terms + ". Looking forward to working together!",
                  "Great, it's a deal: " + terms + ". Thanks for a constructive conversation.");
          case FAREWELL ->
              phrases.fresh(
                  "I understand. Thank you for your time, and the door stays open.",
                  "Sorry to hear that. If things change, I'd be glad to talk again.");
        };
    return text.isBlank() ? "Round " + (turn.round() + 1) + ": " + terms + "." : text;
  }

  String explain(Decision decision) {
    String finalNote =
        decision.finalOffer()
            ? " It says this is its final offer while the person can still take it."
            : "";
    return switch (decision.kind()) {
      case OPEN ->
          "Opened at a realistic package and asked about priorities: knowing what matters to"
              + " each side is what makes trades possible.";
      case COUNTER, RECOUNTER ->
          (decision.movedOn().isEmpty()
                  ? "Kept the package and looked for a trade: moving on issues that matter less to"
                      + " one side than the other creates value for both."
                  : "Gave ground on "
                      + TermsWording.names(decision.movedOn())
                      + " and held the rest: trading across issues (logrolling) rather than"
                      + " splitting every difference.")
              + finalNote;
      case ACCEPT ->
          "Accepted: the package is within what the manager can agree to and close to its own"
              + " proposal.";
      case WALK_AWAY -> "No package worked for both sides in the time available.";
      case ANSWER ->
          (words.askedAbout().isPresent()
                  ? "Answered your question openly: facts about this deal help both sides find"
                      + " trades, and none of them gives away the limits."
                  : "Shared which issue matters most and asked about yours: exchanging priorities"
                      + " is how both sides find value-creating trades.")
              + finalNote;
      case CLOSE_DEAL -> "The deal is agreed; the manager closes warmly.";
      case FAREWELL -> "You walked away; the manager keeps the relationship open.";
    };
  }

  /** The package, said as final when it is. */
  private String offer(Decision decision, String terms) {
    if (decision.finalOffer() && decision.roundsLeft() >= 1) {
      return phrases.freshOr(
          round -> "This is my final offer: " + terms + ".",
          "This is my final offer: " + terms + ".",
          "I've gone as far as I can, so this is our final offer: " + terms + ".",
          "Our final offer is " + terms + ".");
    }
    if (decision.finalOffer()) {
      return phrases.freshOr(
          round -> "Our final offer remains " + terms + ".",
          "Our final offer stands: " + terms + ".",
          "We stay with our final offer, " + terms + ".");
    }
    return phrases.freshOr(
        round -> "For round " + round + ", the package would be " + terms + ".",
        "So the package would be " + terms + ".",
        "Put together: " + terms + ".",
        "That gives " + terms + ". Does that work better for you?",
        "How does " + terms + " sound?",
        "Overall that's " + terms + ".",
        "The new package: " + terms + ".",
        "Could you work with " + terms + "?",
        "That makes " + terms + ".");
  }

  /** How few rounds are left, when few are. */
  private String roundsNote(Decision decision) {
    int left = decision.roundsLeft();
    if (decision.kind() == Decision.Kind.ACCEPT || !decision.fewRoundsLeft()) {
      return "";
    }
    if (left == 0) {
      return phrases.fresh(
          "We've reached the last round.",
          "That was our last round, I'm afraid.",
          "We're out of rounds.");
    }
    if (left == 1) {
      return phrases.fresh(
          "There's one round left, so take your time with it.",
          "You have one round left to accept it.",
          "We have one round left.");
    }
    return phrases.fresh(
        "We have " + left + " rounds left.",
        "Just " + left + " rounds to go, so let's find a package together.",
        "With " + left + " rounds left, I'd like us to converge.");
  }

  private String greeting() {
    if (words.isEmpty()) {
      return phrases.fresh("Thanks for making time today.", "Great to meet you.");
    }
    if (!words.mentioned().isEmpty()) {
      return phrases.fresh(
          "Thanks, good to know where you stand on the "
              + TermsWording.names(words.mentioned())
              + ".");
    }
    return phrases.fresh("Thanks for that.", "Good to hear from you.");
  }

  private String reactionToProposal() {
    List<Issue> proposed =
        turn.scenario().issues().stream()
            .filter(
                issue -> turn.personsProposal().flatMap(p -> p.valueOf(issue.key())).isPresent())
            .toList();
    if (proposed.isEmpty()) {
      return phrases.fresh(
          "Thanks, that helps.", "Okay, I see where you're coming from.", "Thanks for that.", "");
    }
    List<Issue> mentioned = words.mentioned().stream().filter(proposed::contains).toList();
    List<Issue> pool = mentioned.isEmpty() ? proposed : mentioned;
    Issue issue = pool.get(phrases.random().nextInt(pool.size()));
    String theirs =
        TermsWording.term(
            issue, turn.onTable().valueOf(issue.key()).orElseThrow(), turn.scenario());
    if (words.stresses(issue)) {
      // Only because the person said so themselves.
      String stressed =
          phrases.fresh(
              "You said the " + label(issue) + " matters to you, so I've looked hard at it.",
              "I know the " + label(issue) + " is important to you.");
      if (!stressed.isEmpty()) {
        return stressed;
      }
    }
    return phrases.fresh(
        "Thanks for the proposal.",
        "I hear you on " + theirs + ".",
        "Okay, " + theirs + ". Let me see what I can do around that.",
        "Thanks, " + theirs + " is clear.",
        "I see you've proposed " + theirs + ".",
        "Got it: " + theirs + ".",
        "Let me think about " + theirs + ".",
        "Thanks for putting " + theirs + " on the table.",
        "");
  }

  private String trade(Decision decision) {
    if (decision.movedOn().isEmpty()) {
      return phrases.fresh(
          "I can't move further right now, but I'm open to a different mix.",
          "I'm close to the edge on this one; maybe we can trade across issues instead.",
          "I'll hold the package for now, but a different mix could work.",
          "I don't have much room left; a trade between issues might help.",
          "",
          "");
    }
    List<Issue> held =
        decision.heldOn().stream().filter(issue -> !decision.movedOn().contains(issue)).toList();
    String moved = TermsWording.names(decision.movedOn());
    if (held.isEmpty()) {
      return phrases.fresh(
          "I've moved on " + moved + " to meet you.",
          "I've come towards you on " + moved + ".",
          "I've given ground on " + moved + ".");
    }
    String kept = TermsWording.names(held);
    return phrases.fresh(
        "I can do more on " + moved + " if we keep " + kept + " as they are.",
        "Let me give on " + moved + " and leave the " + kept + " where we had them.",
        "I've moved on " + moved + " and kept the " + kept + ".",
        "Here's a trade: better " + moved + ", same " + kept + ".",
        "I'll improve the " + moved + " while the " + kept + " stay put.",
        "On " + moved + " I can give a little more.");
  }

  /** Which issue matters most to this manager: shared once, as a collaborative opener. */
  private String ourPriority() {
    String top = ourTopIssue();
    return phrases.fresh(
        "On our side, " + top + " matters most.",
        "For us, " + top + " is the biggest item.",
        "I'll be open: " + top + " is where we have the least room.",
        "");
  }

  private String priorityQuestion(boolean optional) {
    List<Issue> issues = turn.scenario().issues();
    Issue first = issues.get(phrases.random().nextInt(issues.size()));
    Issue second = issues.get((issues.indexOf(first) + 1) % issues.size());
    return phrases.fresh(
        "Which matters more to you: the " + label(first) + " or the " + label(second) + "?",
        "What's most important to you in this package?",
        "If you had to rank the "
            + TermsWording.names(List.of(first, second))
            + ", how would they go?",
        "Is there an issue where you have more flexibility?",
        "Where could you give a little?",
        "What would make this package work for you?",
        "How flexible are you on the " + label(first) + "?",
        optional ? "" : "What would you change first?");
  }

  private String ourTopIssue() {
    return turn.scenario().issues().stream()
        .max(Comparator.comparingDouble(i -> turn.privatePreferences().normalisedWeight(i.key())))
        .map(issue -> "the " + label(issue))
        .orElse("the overall package");
  }

  private static String label(Issue issue) {
    return issue.label().toLowerCase(Locale.ROOT);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
