package dev.parley.domain.persona;

import dev.parley.domain.terms.Terms;
import java.util.Objects;

/**
 * A move at the table, by either side. {@link Ask} and {@link Talk} change nothing on the table.
 */
public sealed interface Move
    permits Move.CounterOffer, Move.Accept, Move.Reject, Move.WalkAway, Move.Ask, Move.Talk {

  /** Puts terms on the table (a first offer is a counter-offer to nothing). */
  record CounterOffer(Terms terms) implements Move {
    public CounterOffer {
      Objects.requireNonNull(terms, "terms");
    }
  }

  /** Accepts the terms the other side has on the table. */
  record Accept() implements Move {}

  /** Rejects the terms on the table without a counter-offer. */
  record Reject() implements Move {}

  /** Ends the negotiation without agreement. */
  record WalkAway() implements Move {}

  /** Asks a question. */
  record Ask() implements Move {}

  /** Anything else said. */
  record Talk() implements Move {}

  /** True for moves that change the table or end the negotiation. */
  default boolean changesTheTable() {
    return this instanceof CounterOffer || this instanceof Accept || this instanceof WalkAway;
  }
}
