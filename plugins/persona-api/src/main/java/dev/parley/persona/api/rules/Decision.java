package dev.parley.persona.api.rules;

import dev.parley.domain.negotiation.Phase;
import dev.parley.domain.persona.Move;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.terms.Terms;
import java.util.List;
import java.util.Objects;

/**
 * What a rule-based negotiator decided, with the facts a voice needs to put it in words.
 *
 * @param kind what it does
 * @param move the move itself, legal under the domain's rules
 * @param terms the package it offers, or the package it accepts or answers
 * @param movedOn issues where it gave ground since its last offer (or, on acceptance, none)
 * @param heldOn issues where it did not move
 * @param phase the phase it sees
 * @param confidence how sure it is, 0..1
 * @param roundsLeft how many more rounds the person has after this reply (0: this is the last reply
 *     of the session; the person cannot answer it)
 * @param finalOffer true when this is its last offer: it will not move again, and says so
 */
public record Decision(
    Kind kind,
    Move move,
    Terms terms,
    List<Issue> movedOn,
    List<Issue> heldOn,
    Phase phase,
    double confidence,
    int roundsLeft,
    boolean finalOffer) {

  /** The kinds of decision a voice has phrases for. */
  public enum Kind {
    /** First offer of the session. */
    OPEN,
    /** A counter-offer to the person's proposal. */
    COUNTER,
    /** A counter-offer after the person rejected without proposing. */
    RECOUNTER,
    /** Accepts the person's proposal. */
    ACCEPT,
    /** Ends the negotiation: the sides are too far apart too late. */
    WALK_AWAY,
    /** Answers a question or remark; its own offer stands. */
    ANSWER,
    /** The person accepted: it closes warmly. */
    CLOSE_DEAL,
    /** The person walked away: it says goodbye. */
    FAREWELL
  }

  public Decision {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(move, "move");
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(phase, "phase");
    movedOn = List.copyOf(movedOn);
    heldOn = List.copyOf(heldOn);
  }

  /** A decision with no word on the rounds left (as before the final-offer signal). */
  public Decision(
      Kind kind,
      Move move,
      Terms terms,
      List<Issue> movedOn,
      List<Issue> heldOn,
      Phase phase,
      double confidence) {
    this(kind, move, terms, movedOn, heldOn, phase, confidence, Integer.MAX_VALUE, false);
  }

  /** True when few rounds remain (three or fewer), so the person should hear how many. */
  public boolean fewRoundsLeft() {
    return roundsLeft <= 3;
  }
}
