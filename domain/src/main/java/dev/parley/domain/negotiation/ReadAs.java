package dev.parley.domain.negotiation;

import dev.parley.domain.persona.Move;
import dev.parley.domain.terms.Terms;
import java.util.Objects;

/**
 * What the reader took a learner's chat message for, kept with the message so the history can show
 * it again ("Read as: salary 95,000"), as the send-message acknowledgement did.
 *
 * @param terms the terms read, for an offer ({@link Terms#NONE} otherwise)
 * @param confidence the reader's confidence, 0..1
 * @param tabled for an offer, whether it went on the table (false while it is checked with the
 *     learner first)
 */
public record ReadAs(Kind kind, Terms terms, double confidence, boolean tabled) {

  /** The kinds of reading, as the wire names them in lower case. */
  public enum Kind {
    OFFER,
    ACCEPT,
    REJECT,
    WALK_AWAY,
    QUESTION,
    TALK
  }

  public ReadAs {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(terms, "terms");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
    }
  }

  /** The reading of {@code move}; {@code tabled} only matters for an offer. */
  public static ReadAs of(Move move, double confidence, boolean tabled) {
    return switch (move) {
      case Move.CounterOffer offer -> new ReadAs(Kind.OFFER, offer.terms(), confidence, tabled);
      case Move.Accept accept -> new ReadAs(Kind.ACCEPT, Terms.NONE, confidence, false);
      case Move.Reject reject -> new ReadAs(Kind.REJECT, Terms.NONE, confidence, false);
      case Move.WalkAway walkAway -> new ReadAs(Kind.WALK_AWAY, Terms.NONE, confidence, false);
      case Move.Ask ask -> new ReadAs(Kind.QUESTION, Terms.NONE, confidence, false);
      case Move.Talk talk -> new ReadAs(Kind.TALK, Terms.NONE, confidence, false);
    };
  }
}
