package dev.parley.domain.scoring;

import java.util.Optional;

/** Dimensions a dev completion sets by hand (each 0..100); the others are computed. */
public record ScoreOverride(
    Optional<Integer> claimingValue,
    Optional<Integer> creatingValue,
    Optional<Integer> managingRelationships) {

  public static final ScoreOverride NONE =
      new ScoreOverride(Optional.empty(), Optional.empty(), Optional.empty());

  /** The override for the given dimensions ({@code null} = computed), or why it is unusable. */
  public static dev.parley.domain.result.Result<ScoreOverride> of(
      Integer claimingValue, Integer creatingValue, Integer managingRelationships) {
    for (Integer value : new Integer[] {claimingValue, creatingValue, managingRelationships}) {
      if (value != null && (value < 0 || value > 100)) {
        return dev.parley.domain.result.Result.refused(
            dev.parley.domain.result.ErrorCode.INVALID_PAYLOAD,
            "score_override values must be whole numbers within 0..100");
      }
    }
    return dev.parley.domain.result.Result.ok(
        new ScoreOverride(
            Optional.ofNullable(claimingValue),
            Optional.ofNullable(creatingValue),
            Optional.ofNullable(managingRelationships)));
  }

  public ScoreOverride {
    for (Optional<Integer> dimension :
        java.util.List.of(claimingValue, creatingValue, managingRelationships)) {
      if (dimension.filter(value -> value < 0 || value > 100).isPresent()) {
        throw new IllegalArgumentException("a score override is within 0..100");
      }
    }
  }
}
