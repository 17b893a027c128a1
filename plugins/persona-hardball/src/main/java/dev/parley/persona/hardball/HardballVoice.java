package dev.parley.persona.hardball;

import static dev.parley.persona.api.Phrases.join;

import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.scenario.Issue;
import dev.parley.persona.api.FactAnswers;
import dev.parley.persona.api.PersonsWords;
import dev.parley.persona.api.Phrases;
import dev.parley.persona.api.TermsWording;
import dev.parley.persona.api.rules.Decision;
import java.util.List;
import java.util.Optional;

/**
 * How the hard-bargaining recruiter puts a decision in words: short, firm, civil. It never says a
 * sentence twice in a session ({@link Phrases} remembers what it said), never tells the person what
 * matters to them, and says when its offer is final and how few rounds are left.
 */
final class HardballVoice {

  private final PersonaTurn turn;
  private final PersonsWords words;
  private final Phrases phrases;

  HardballVoice(PersonaTurn turn) {
    this.turn = turn;
    this.words = PersonsWords.of(turn);
    this.phrases = new Phrases(turn, HardballPersona.ID);
  }

  String say(Decision decision) {
    String terms = TermsWording.describe(decision.terms(), turn.scenario());
    String text =
        switch (decision.kind()) {
          case OPEN ->
              join(
                  acknowledgement(),
                  FactAnswers.answer(words, phrases),
                  phrases.freshOr(
                      round -> "Here is where we start: " + terms + ".",
                      "Let me be direct. Here is what we are offering: " + terms + ".",
                      "I'll put a clear number on the table: " + terms + ".",
                      "Our offer is " + terms + ". That is a strong package for this role.",
                      "Here's our package: " + terms + ".",
                      "We can offer " + terms + "."),
                  roundsNote(decision));
          case COUNTER ->
              join(
                  FactAnswers.answer(words, phrases),
                  reactionToProposal(decision),
                  movement(decision),
                  offer(decision, terms),
                  roundsNote(decision));
          case RECOUNTER ->
              join(
                  phrases.fresh(
                      "A no doesn't move us forward.",
                      "I hear that you're not happy with it.",
                      "Saying no is easy; tell me what would work.",
                      "Turning it down is your right.",
                      "A flat no gives me nothing to work with.",
                      "If that doesn't suit you, show me what does.",
                      "I see that doesn't work for you."),
                  movement(decision),
                  offer(decision, terms),
                  roundsNote(decision));
          case ACCEPT ->
              phrases.fresh(
                  "Fine. " + capitalised(terms) + ": we have a deal.",
                  "All right, I can live with " + terms + ". Deal.",
                  "You drive a hard bargain. " + capitalised(terms) + " it is.");
          case WALK_AWAY ->
              phrases.fresh(
                  "We're still too far apart, and time is up on my side. I'll stop here. No hard"
                      + " feelings.",
                  "I don't see us meeting at these terms. I'm going to walk away, and I wish you"
                      + " well.");
          case ANSWER ->
              join(
                  words.askedAbout().isPresent()
                      ? FactAnswers.answer(words, phrases)
                      : words.question()
                          ? phrases.fresh(
                              "I'll keep our internal numbers to myself.",
                              "That's our business to weigh, not something I'll break down.",
                              "I'm not going to walk you through our budget.",
                              "How we arrive at our numbers stays on our side of the table.",
                              "Fair question, but that's internal.",
                              "I'd rather talk about what's on the table than how we got there.",
                              "You won't get our internal math from me.")
                          : phrases.fresh(
                              "Noted.",
                              "Understood.",
                              "I hear you.",
                              "Okay.",
                              "Point taken.",
                              "Fair enough.",
                              "Right."),
                  decision.finalOffer()
                      ? offer(decision, terms)
                      : phrases.freshOr(
                          round -> "As of round " + round + ", our offer is still " + terms + ".",
                          "My offer stands: " + terms + ".",
                          "What's on the table is " + terms + ".",
                          "We're still at " + terms + ".",
                          "The offer remains " + terms + ".",
                          "Nothing has changed on our side: " + terms + ".",
                          "You have our offer: " + terms + "."),
                  decision.finalOffer()
                      ? ""
                      : phrases.fresh(
                          "Come back with a proposal and we can talk.",
                          "Put a counter-offer on the table if you want to move.",
                          "If you want something different, make me an offer.",
                          "A concrete proposal from you would help.",
                          "Numbers from you would move this along.",
                          ""),
                  roundsNote(decision));
          case CLOSE_DEAL ->
              phrases.fresh(
                  "Good. We're agreed on " + terms + ". I'll get the paperwork going.",
                  "Done: " + terms + ". Glad we got there.");
          case FAREWELL ->
              phrases.fresh(
                  "Understood. If you change your mind, you know where to find me.",
                  "That's your call. Good luck.");
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
          "Opened with an ambitious anchor to set the range in the recruiter's favour; the"
              + " first number shapes the rest of the talk.";
      case COUNTER, RECOUNTER ->
          (decision.movedOn().isEmpty()
                  ? "Held the position: a hard bargainer makes you earn every concession."
                  : "Conceded a little on "
                      + TermsWording.names(decision.movedOn())
                      + ", spread evenly and late (a Boulware strategy), to signal that little"
                      + " room is left.")
              + finalNote;
      case ACCEPT ->
          "Accepted: the proposal is within what the recruiter can agree to and close enough to"
              + " its own next offer.";
      case WALK_AWAY ->
          "Walked away: the session is nearly over and the proposal is still far from anything"
              + " the recruiter can agree to.";
      case ANSWER ->
          (words.askedAbout().isPresent()
                  ? "Answered with a plain fact and restated the offer: a hard bargainer shares"
                      + " what is public and nothing about its numbers."
                  : "Deflected the question and restated the offer: a hard bargainer shares little"
                      + " information.")
              + finalNote;
      case CLOSE_DEAL -> "The deal is agreed; closing on good terms protects the relationship.";
      case FAREWELL -> "You walked away; the recruiter leaves the door open.";
    };
  }

  /** The offer itself, said as final when it is. */
  private String offer(Decision decision, String terms) {
    if (decision.finalOffer() && decision.roundsLeft() >= 1) {
      return phrases.freshOr(
          round -> "This is my final offer: " + terms + ".",
          "This is my final offer: " + terms + ".",
          "Final offer: " + terms + ". I won't move again.",
          "Here is my last and final offer: " + terms + ".");
    }
    if (decision.finalOffer()) {
      return phrases.freshOr(
          round -> "My final offer was and is " + terms + ".",
          "My final offer stands: " + terms + ".",
          "I've made my final offer: " + terms + ".");
    }
    return phrases.freshOr(
        round -> "For round " + round + ", my offer is " + terms + ".",
        "Where I am now: " + terms + ".",
        "So my offer is " + terms + ".",
        "That brings us to " + terms + ".",
        "Here's what I can do: " + terms + ".",
        "My offer: " + terms + ".",
        "The package I'm offering is " + terms + ".",
        "Take it or leave it for now: " + terms + ".",
        "You can have " + terms + ".");
  }

  /** How few rounds are left, when few are: no last-round surprise. */
  private String roundsNote(Decision decision) {
    int left = decision.roundsLeft();
    if (decision.kind() == Decision.Kind.ACCEPT || !decision.fewRoundsLeft()) {
      return "";
    }
    if (left == 0) {
      return phrases.fresh(
          "We're out of rounds.", "That was the last round.", "Time's up on this one.");
    }
    if (left == 1) {
      return phrases.fresh(
          "You have one round left to take it.",
          "One round left: your call.",
          "There's one round left.");
    }
    return phrases.fresh(
        "We have " + left + " rounds left.",
        "Only " + left + " rounds to go.",
        left + " rounds left, so let's not waste them.");
  }

  private String acknowledgement() {
    if (words.isEmpty()) {
      return "";
    }
    if (!words.mentioned().isEmpty()) {
      String names = TermsWording.names(words.mentioned());
      return phrases.fresh(
          "You mention the " + names + ".",
          "Let's get to numbers on the " + names + ".",
          "The " + names + ", then.");
    }
    return phrases.fresh("Thanks for coming in.", "Good to talk.", "Right.", "Let's get to it.");
  }

  private String reactionToProposal(Decision decision) {
    Optional<Issue> referred = referredIssue(decision);
    if (referred.isEmpty()) {
      return phrases.fresh(
          "That's not going to work for us.",
          "We're not there yet.",
          "That's some way off.",
          "Not quite.",
          "That doesn't work for me.",
          "We're still apart.",
          "I can't take that as it is.");
    }
    Issue issue = referred.get();
    double value = turn.onTable().valueOf(issue.key()).orElseThrow();
    String theirs = TermsWording.term(issue, value, turn.scenario());
    String reaction =
        phrases.fresh(
            "You're asking for " + theirs + ". That's not realistic for this role.",
            capitalised(theirs) + "? I can't sell that internally.",
            "I hear you on " + theirs + ", but that's well outside what we do.",
            capitalised(theirs) + " is more than I can do.",
            "I can't get to " + theirs + ".",
            "Your " + theirs + " is a stretch.",
            "You want " + theirs + "; that's not happening.");
    return reaction.isEmpty()
        ? phrases.fresh("That's not going to work for us.", "We're not there yet.", "Not quite.")
        : reaction;
  }

  private String movement(Decision decision) {
    if (decision.movedOn().isEmpty()) {
      return phrases.fresh(
          "I'm holding where I am.",
          "I've already been generous.",
          "I'm not moving on this.",
          "My position hasn't changed.",
          "I'm staying put.",
          "",
          "");
    }
    String names = TermsWording.names(decision.movedOn());
    return phrases.fresh(
        "I can move a little on " + names + ", and that's it.",
        "I'll give you something on " + names + ".",
        "I'll shift on " + names + ".",
        "There's a bit of give on " + names + ".",
        "I can do a little better on " + names + ".",
        "I'll move on " + names + ", not on the rest.",
        "For you, a step on " + names + ".");
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
    return pool.isEmpty()
        ? Optional.empty()
        : Optional.of(pool.get(phrases.random().nextInt(pool.size())));
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
