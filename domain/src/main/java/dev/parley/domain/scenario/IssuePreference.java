package dev.parley.domain.scenario;

import java.util.Objects;

/**
 * One side's private view of one issue: how much it matters (weight, relative to the side's other
 * issues), which way is better, the worst value the side would still agree to (reservation) and the
 * value it hopes for (target).
 */
public record IssuePreference(
    double weight, Direction direction, double reservation, double target) {

  public IssuePreference {
    Objects.requireNonNull(direction, "direction");
    if (!(weight >= 0) || !Double.isFinite(weight)) {
      throw new IllegalArgumentException("weight must be a finite number >= 0");
    }
    if (!direction.atLeastAsGood(target, reservation)) {
      throw new IllegalArgumentException("target must be at least as good as the reservation");
    }
  }

  /** True when {@code value} is at or beyond the reservation value. */
  public boolean acceptable(double value) {
    return direction.atLeastAsGood(value, reservation);
  }

  /**
   * The utility of {@code value} on this issue alone, 0 at the worst end of the range, 1 at the
   * best.
   */
  public double issueUtility(Issue issue, double value) {
    double position = issue.position(value);
    return direction == Direction.HIGHER_IS_BETTER ? position : 1 - position;
  }

  /** The better end of the issue's range. */
  public double best(Issue issue) {
    return direction == Direction.HIGHER_IS_BETTER ? issue.max() : issue.min();
  }

  /** The worse end of the issue's range. */
  public double worst(Issue issue) {
    return direction == Direction.HIGHER_IS_BETTER ? issue.min() : issue.max();
  }
}
