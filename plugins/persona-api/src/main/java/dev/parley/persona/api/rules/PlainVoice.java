package dev.parley.persona.api.rules;

import dev.parley.domain.persona.PersonaTurn;
import dev.parley.persona.api.TermsWording;

/**
 * A neutral, businesslike way to put a {@link Decision} in words, for personas without a voice of
 * their own (and for fallbacks). Discreet: terms are written with {@link TermsWording}.
 */
public final class PlainVoice {

  private PlainVoice() {}

  public static String say(Decision decision, PersonaTurn turn) {
    String terms = TermsWording.describe(decision.terms(), turn.scenario());
    return switch (decision.kind()) {
      case OPEN -> "Here is my proposal: " + terms + ".";
      case COUNTER, RECOUNTER ->
          decision.movedOn().isEmpty()
              ? "I have to stay where I am: " + terms + "."
              : "I can move on "
                  + TermsWording.names(decision.movedOn())
                  + ". My proposal is now "
                  + terms
                  + ".";
      case ACCEPT -> "I accept: " + terms + ".";
      case WALK_AWAY -> "I don't think we can agree, so I'll stop here.";
      case ANSWER -> "My proposal stands: " + terms + ". What would work for you?";
      case CLOSE_DEAL -> "Agreed: " + terms + ". Thank you.";
      case FAREWELL -> "Understood. Thank you for your time.";
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
