package dev.parley.domain.negotiation;

import dev.parley.domain.terms.Terms;
import java.util.Objects;
import java.util.Optional;

/**
 * An ending read from chat, or a proposal the reader was unsure of, that waits for the learner's
 * word: the AI restated it and asked. Only the learner's next unhedged yes carries it out; anything
 * else leaves the negotiation as it was.
 */
public sealed interface PendingConfirmation {

  /** The contract's {@code ai_metadata.pending_action}. */
  String action();

  /** The contract's {@code ai_metadata.pending_terms}: the terms asked about, if any. */
  default Optional<Terms> pendingTerms() {
    return switch (this) {
      case Deal deal -> Optional.of(deal.terms());
      case Proposal proposal -> Optional.of(proposal.terms());
      case WalkAway walkAway -> Optional.empty();
    };
  }

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

  /** Terms the learner may have proposed: they go on the table once the learner says yes. */
  record Proposal(Terms terms) implements PendingConfirmation {
    public Proposal {
      Objects.requireNonNull(terms, "terms");
    }

    @Override
    public String action() {
      return "proposal";
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
