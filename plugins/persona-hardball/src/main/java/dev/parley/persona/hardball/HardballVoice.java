package dev.parley.persona.hardball;

import static dev.parley.persona.api.TurnSeed.pick;

import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.scenario.Issue;
import dev.parley.persona.api.PersonsWords;
import dev.parley.persona.api.TermsWording;
import dev.parley.persona.api.TurnSeed;
import dev.parley.persona.api.rules.Decision;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/** How the hard-bargaining recruiter puts a decision in words: short, firm, civil. */
final class HardballVoice {

  private final PersonaTurn turn;
  private final PersonsWords words;
  private final SplittableRandom random;

  HardballVoice(PersonaTurn turn) {
    this.turn = turn;
    this.words = PersonsWords.of(turn);
    this.random = TurnSeed.random(turn, HardballPersona.ID);
  }

  String say(Decision decision) {
    String terms = TermsWording.describe(decision.terms(), turn.scenario());
    return switch (decision.kind()) {
      case OPEN ->
          join(
              acknowledgement(),
              pick(
                  random,
                  "Let me be direct. Here is what we are offering: " + terms + ".",
                  "I'll put a clear number on the table: " + terms + ".",
                  "Our offer is " + terms + ". That is a strong package for this role."));
      case COUNTER ->
          join(
              reactionToProposal(decision),
              movement(decision),
              pick(
                  random,
                  "Where I am now: " + terms + ".",
                  "So my offer is " + terms + ".",
                  "That brings us to " + terms + "."));
      case RECOUNTER ->
          join(
              pick(
                  random,
                  "A no doesn't move us forward.",
                  "I hear that you're not happy with it.",
                  "Saying no is easy; tell me what would work."),
              "To keep this moving: " + terms + ".");
      case ACCEPT ->
          pick(
              random,
              "Fine. " + capitalised(terms) + ": we have a deal.",
              "All right, I can live with " + terms + ". Deal.",
              "You drive a hard bargain. " + capitalised(terms) + " it is.");
      case WALK_AWAY ->
          pick(
              random,
              "We're still too far apart, and time is up on my side. I'll stop here. No hard"
                  + " feelings.",
              "I don't see us meeting at these terms. I'm going to walk away, and I wish you"
                  + " well.");
      case ANSWER ->
          join(
              words.question()
                  ? pick(
                      random,
                      "I'll keep our internal numbers to myself.",
                      "That's our business to weigh, not something I'll break down.")
                  : pick(random, "Noted.", "Understood."),
              pick(
                  random,
                  "My offer stands: " + terms + ".",
                  "What's on the table is " + terms + "."),
              "Come back with a proposal and we can talk.");
      case CLOSE_DEAL ->
          pick(
              random,
              "Good. We're agreed on " + terms + ". I'll get the paperwork going.",
              "Done: " + terms + ". Glad we got there.");
      case FAREWELL ->
          pick(
              random,
              "Understood. If you change your mind, you know where to find me.",
              "That's your call. Good luck.");
    };
  }

  String explain(Decision decision) {
    return switch (decision.kind()) {
      case OPEN ->
          "Opened with an ambitious anchor to set the range in the recruiter's favour; the"
              + " first number shapes the rest of the talk.";
      case COUNTER, RECOUNTER ->
          decision.movedOn().isEmpty()
              ? "Held the position: a hard bargainer makes you earn every concession."
              : "Conceded a little on "
                  + TermsWording.names(decision.movedOn())
                  + ", spread evenly and late (a Boulware strategy), to signal that little room"
                  + " is left.";
      case ACCEPT ->
          "Accepted: the proposal is within what the recruiter can agree to and close enough to"
              + " its own next offer.";
      case WALK_AWAY ->
          "Walked away: the session is nearly over and the proposal is still far from anything"
              + " the recruiter can agree to.";
      case ANSWER ->
          "Deflected the question and restated the offer: a hard bargainer shares little"
              + " information.";
      case CLOSE_DEAL -> "The deal is agreed; closing on good terms protects the relationship.";
      case FAREWELL -> "You walked away; the recruiter leaves the door open.";
    };
  }

  private String acknowledgement() {
    if (words.isEmpty()) {
      return "";
    }
    if (!words.mentioned().isEmpty()) {
      return pick(
          random,
          "You mention the " + TermsWording.names(words.mentioned()) + ".",
          "Let's get to numbers on the " + TermsWording.names(words.mentioned()) + ".");
    }
    return pick(random, "Thanks for coming in.", "Good to talk.", "Right.");
  }

  private String reactionToProposal(Decision decision) {
    Optional<Issue> referred = referredIssue(decision);
    if (referred.isEmpty()) {
      return pick(random, "That's not going to work for us.", "We're not there yet.");
    }
    Issue issue = referred.get();
    double value = turn.onTable().valueOf(issue.key()).orElseThrow();
    String theirs = TermsWording.term(issue, value, turn.scenario());
    return pick(
        random,
        "You're asking for " + theirs + ". That's not realistic for this role.",
        capitalised(theirs) + "? I can't sell that internally.",
        "I hear you on " + theirs + ", but that's well outside what we do.");
  }

  private String movement(Decision decision) {
    if (decision.movedOn().isEmpty()) {
      return pick(random, "I'm holding where I am.", "I've already been generous.");
    }
    return pick(
        random,
        "I can move a little on " + TermsWording.names(decision.movedOn()) + ", and that's it.",
        "I'll give you something on " + TermsWording.names(decision.movedOn()) + ".");
  }

  /**
   * An issue where the person asks for something the recruiter does not give, preferring ones they
   * mentioned.
   */
  private Optional<Issue> referredIssue(Decision decision) {
    if (turn.personsProposal().isEmpty()) {
      return Optional.empty();
    }
    List<Issue> proposed =
        turn.scenario().issues().stream()
            .filter(issue -> turn.onTable().valueOf(issue.key()).isPresent())
            .filter(
                issue ->
                    !turn.onTable()
                        .valueOf(issue.key())
                        .equals(decision.terms().valueOf(issue.key())))
            .toList();
    List<Issue> mentioned = words.mentioned().stream().filter(proposed::contains).toList();
    List<Issue> pool = mentioned.isEmpty() ? proposed : mentioned;
    return pool.isEmpty() ? Optional.empty() : Optional.of(pool.get(random.nextInt(pool.size())));
  }

  private static String join(String... sentences) {
    return String.join(" ", java.util.Arrays.stream(sentences).filter(s -> !s.isBlank()).toList());
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
