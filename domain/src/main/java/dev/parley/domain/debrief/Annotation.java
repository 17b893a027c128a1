package dev.parley.domain.debrief;

import java.util.Objects;
import java.util.Optional;

/**
 * One remark on the learner's negotiating, with its evidence (the message it is about, quoted) and
 * one concrete tip.
 *
 * @param sequence the message it is about, when there is one
 * @param quote the message quoted (at most {@link #QUOTE_LIMIT} characters), "" when none
 */
public record Annotation(
    Category category,
    Verdict verdict,
    Optional<Long> sequence,
    String quote,
    String observation,
    String tip) {

  static final int QUOTE_LIMIT = 160;

  /** What the remark is about, in the order of a negotiation. */
  public enum Category {
    PREPARATION,
    ICE_BREAKING,
    FIRST_OFFER,
    OPENING_AMBITION,
    CONCESSIONS,
    COUNTER_OFFERS,
    REASONS,
    QUESTIONS,
    LOGROLLING,
    TONE,
    CLOSING
  }

  /** Whether it is a strength to keep or something to do better. */
  public enum Verdict {
    STRENGTH,
    TO_IMPROVE,
    NOTE
  }

  public Annotation {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(sequence, "sequence");
    Objects.requireNonNull(observation, "observation");
    Objects.requireNonNull(tip, "tip");
    quote = quote.length() <= QUOTE_LIMIT ? quote : quote.substring(0, QUOTE_LIMIT - 1) + "…";
  }
}
