package dev.parley.persona.collaborative;

import static dev.parley.persona.api.TurnSeed.pick;

import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.scenario.Issue;
import dev.parley.persona.api.PersonsWords;
import dev.parley.persona.api.TermsWording;
import dev.parley.persona.api.TurnSeed;
import dev.parley.persona.api.rules.Decision;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How the collaborative hiring manager puts a decision in words: warm, curious, explicit trades.
 */
final class CollaborativeVoice {

  private final PersonaTurn turn;
  private final PersonsWords words;
  private final java.util.SplittableRandom random;

  CollaborativeVoice(PersonaTurn turn) {
    this.turn = turn;
    this.words = PersonsWords.of(turn);
    this.random = TurnSeed.random(turn, CollaborativePersona.ID);
  }

  String say(Decision decision) {
    String terms = TermsWording.describe(decision.terms(), turn.scenario());
    return switch (decision.kind()) {
      case OPEN ->
          join(
              greeting(),
              pick(
                  random,
                  "Here's a starting point we could build on: " + terms + ".",
                  "To get us going, how about " + terms + "?",
                  "My first idea for a package is " + terms + "."),
              priorityQuestion());
      case COUNTER ->
          join(
              reactionToProposal(),
              trade(decision),
              pick(
                  random,
                  "So the package would be " + terms + ".",
                  "Put together: " + terms + ".",
                  "That gives " + terms + ". Does that work better for you?"));
      case RECOUNTER ->
          join(
              pick(random, "Okay, that one didn't land.", "Fair enough, let's try another shape."),
              trade(decision),
              "What about " + terms + "?",
              priorityQuestion());
      case ACCEPT ->
          pick(
              random,
              "That works for us. " + capitalised(terms) + ": let's do it!",
              "Great, I think that's a fair outcome for both of us. Agreed: " + terms + ".",
              "Yes, we can agree to " + terms + ". Thanks for working through it with me.");
      case WALK_AWAY ->
          "I'm sorry we couldn't find a package that works for both of us. Let's leave it here.";
      case ANSWER ->
          join(
              words.question()
                  ? pick(random, "Good question.", "Happy to share.", "Sure.")
                  : pick(random, "Thanks, that helps.", "I appreciate you telling me."),
              "On our side, " + ourTopIssue() + " matters most.",
              "Our current proposal is " + terms + ".",
              priorityQuestion());
      case CLOSE_DEAL ->
          pick(
              random,
              "Wonderful, we're agreed on " + terms + ". Looking forward to working together!",
              "Great, it's a deal: " + terms + ". Thanks for a constructive conversation.");
      case FAREWELL ->
          pick(
              random,
              "I understand. Thank you for your time, and the door stays open.",
              "Sorry to hear that. If things change, I'd be glad to talk again.");
    };
  }

  String explain(Decision decision) {
    return switch (decision.kind()) {
      case OPEN ->
          "Opened at a realistic package and asked about priorities: knowing what matters to"
              + " each side is what makes trades possible.";
      case COUNTER, RECOUNTER ->
          decision.movedOn().isEmpty()
              ? "Kept the package and looked for a trade: moving on issues that matter less to one"
                  + " side than the other creates value for both."
              : "Gave ground on "
                  + TermsWording.names(decision.movedOn())
                  + " and held the rest: trading across issues (logrolling) rather than splitting"
                  + " every difference.";
      case ACCEPT ->
          "Accepted: the package is within what the manager can agree to and close to its own"
              + " proposal.";
      case WALK_AWAY -> "No package worked for both sides in the time available.";
      case ANSWER ->
          "Shared which issue matters most and asked about yours: exchanging priorities is how"
              + " both sides find value-creating trades.";
      case CLOSE_DEAL -> "The deal is agreed; the manager closes warmly.";
      case FAREWELL -> "You walked away; the manager keeps the relationship open.";
    };
  }

  private String greeting() {
    if (words.isEmpty()) {
      return pick(random, "Thanks for making time today.", "Great to meet you.");
    }
    if (!words.mentioned().isEmpty()) {
      return "Thanks, good to know where you stand on the "
          + TermsWording.names(words.mentioned())
          + ".";
    }
    return pick(random, "Thanks for that.", "Good to hear from you.");
  }

  private String reactionToProposal() {
    List<Issue> proposed =
        turn.scenario().issues().stream()
            .filter(
                issue -> turn.personsProposal().flatMap(p -> p.valueOf(issue.key())).isPresent())
            .toList();
    if (proposed.isEmpty()) {
      return pick(random, "Thanks, that helps.", "Okay, I see where you're coming from.");
    }
    List<Issue> mentioned = words.mentioned().stream().filter(proposed::contains).toList();
    List<Issue> pool = mentioned.isEmpty() ? proposed : mentioned;
    Issue issue = pool.get(random.nextInt(pool.size()));
    String theirs =
        TermsWording.term(
            issue, turn.onTable().valueOf(issue.key()).orElseThrow(), turn.scenario());
    return pick(
        random,
        "Thanks for the proposal. I see " + theirs + " is important to you.",
        "I hear you on " + theirs + ".",
        "Okay, " + theirs + ". Let me see what I can do around that.");
  }

  private String trade(Decision decision) {
    if (decision.movedOn().isEmpty()) {
      return pick(
          random,
          "I can't move further right now, but I'm open to a different mix.",
          "I'm close to the edge on this one; maybe we can trade across issues instead.");
    }
    List<Issue> held =
        decision.heldOn().stream().filter(issue -> !decision.movedOn().contains(issue)).toList();
    String moved = TermsWording.names(decision.movedOn());
    return held.isEmpty()
        ? "I've moved on " + moved + " to meet you."
        : pick(
            random,
            "I can do more on "
                + moved
                + " if we keep "
                + TermsWording.names(held)
                + " as they are.",
            "Let me give on "
                + moved
                + " and leave the "
                + TermsWording.names(held)
                + " where we had them.");
  }

  private String priorityQuestion() {
    List<Issue> issues = turn.scenario().issues();
    Issue first = issues.get(random.nextInt(issues.size()));
    Issue second = issues.get((issues.indexOf(first) + 1) % issues.size());
    return pick(
        random,
        "Which matters more to you: the " + label(first) + " or the " + label(second) + "?",
        "What's most important to you in this package?",
        "If you had to rank the "
            + TermsWording.names(List.of(first, second))
            + ", how would they go?");
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

  private static String join(String... sentences) {
    return String.join(" ", Arrays.stream(sentences).filter(s -> !s.isBlank()).toList());
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
