package dev.parley.domain.negotiation;

import java.util.Objects;
import java.util.Optional;

/**
 * What an AI message carries beside its text: the model, the reasoning shown to the learner (never
 * the persona's private limits), the phase ({@code negotiation_state}), a confidence 0..1, and the
 * ending it asks the learner to confirm, if it asks.
 */
public record AiMetadata(
    String model,
    String reasoning,
    Phase negotiationState,
    double confidence,
    Optional<PendingConfirmation> pending) {
  public AiMetadata {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(reasoning, "reasoning");
    Objects.requireNonNull(negotiationState, "negotiationState");
    Objects.requireNonNull(pending, "pending");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be within 0..1");
    }
  }

  /** Metadata of a message that asks for no confirmation. */
  public AiMetadata(String model, String reasoning, Phase negotiationState, double confidence) {
    this(model, reasoning, negotiationState, confidence, Optional.empty());
  }
}
