package dev.parley.domain.persona;

import dev.parley.domain.negotiation.Phase;
import dev.parley.domain.negotiation.TextSanitiser;
import java.util.Objects;
import java.util.Optional;

/**
 * A persona's answer: the text the person reads, the reasoning shown to the learner (never the
 * persona's private limits), the phase it sees, its confidence 0..1, and its move.
 *
 * <p>The server shows at most {@link #MAX_TEXT_LENGTH} characters of text and {@link
 * #MAX_REASONING_LENGTH} of reasoning, counted as a person sees them ({@link
 * TextSanitiser#visibleLength} of the text once sanitised); a longer reply is refused ({@link
 * #overLength()}), not cut.
 */
public record PersonaReply(
    String text, String reasoning, Phase phase, double confidence, Move move) {

  /** The longest text of a reply, in characters; twice the learner's own limit. */
  public static final int MAX_TEXT_LENGTH = 2000;

  /** The longest reasoning of a reply, in characters. */
  public static final int MAX_REASONING_LENGTH = 2000;

  public PersonaReply {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reasoning, "reasoning");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(move, "move");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be within 0..1");
    }
  }

  /** Why this reply is too long to be shown, or empty when it is within both limits. */
  public Optional<String> overLength() {
    return overLength("text", text, MAX_TEXT_LENGTH)
        .or(() -> overLength("reasoning", reasoning, MAX_REASONING_LENGTH));
  }

  private static Optional<String> overLength(String part, String value, int limit) {
    // A text many times the limit is refused without normalising all of it first.
    int length =
        value.length() > 4 * limit
            ? value.length()
            : TextSanitiser.visibleLength(TextSanitiser.sanitise(value));
    return length > limit
        ? Optional.of(
            "its " + part + " is too long (" + length + " characters, at most " + limit + ")")
        : Optional.empty();
  }
}
