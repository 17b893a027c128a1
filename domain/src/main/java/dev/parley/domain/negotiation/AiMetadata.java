package dev.parley.domain.negotiation;

import java.util.Objects;

/**
 * What an AI message carries beside its text: the model, the reasoning shown to the learner (never
 * the persona's private limits), the phase ({@code negotiation_state}) and a confidence 0..1.
 */
public record AiMetadata(
    String model, String reasoning, Phase negotiationState, double confidence) {
  public AiMetadata {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(reasoning, "reasoning");
    Objects.requireNonNull(negotiationState, "negotiationState");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be within 0..1");
    }
  }
}
