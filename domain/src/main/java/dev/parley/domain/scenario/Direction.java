package dev.parley.domain.scenario;

/** Which end of an issue's range a side prefers. */
public enum Direction {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER;

  /** True when {@code candidate} is at least as good as {@code reference} for this direction. */
  public boolean atLeastAsGood(double candidate, double reference) {
    return this == HIGHER_IS_BETTER ? candidate >= reference : candidate <= reference;
  }
}
