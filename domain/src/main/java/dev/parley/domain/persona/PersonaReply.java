package dev.parley.domain.persona;

import dev.parley.domain.negotiation.Phase;
import java.util.Objects;

/**
 * A persona's answer: the text the person reads, the reasoning shown to the learner (never the
 * persona's private limits), the phase it sees, its confidence 0..1, and its move.
 */
public record PersonaReply(
    String text, String reasoning, Phase phase, double confidence, Move move) {
  public PersonaReply {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reasoning, "reasoning");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(move, "move");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be within 0..1");
    }
  }
}
