package dev.parley.domain.negotiation;

import dev.parley.domain.terms.Terms;
import java.util.Objects;

/**
 * An ending read from chat that waits for the learner's word: the AI restated it and asked. Only
 * the learner's next unhedged yes carries it out; anything else leaves the negotiation open.
 */
public sealed interface PendingConfirmation {

  /** The contract's {@code ai_metadata.pending_action}. */
  String action();

  /** A deal on exactly these terms, the complete package on the table. */
  record Deal(Terms terms) implements PendingConfirmation {
    public Deal {
      Objects.requireNonNull(terms, "terms");
    }

    @Override
    public String action() {
      return "deal";
    }
  }

  /** The learner ending the negotiation without a deal. */
  record WalkAway() implements PendingConfirmation {
    @Override
    public String action() {
      return "walk_away";
    }
  }
}
