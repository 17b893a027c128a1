package dev.parley.domain.scoring;

/** A share 0..1 as a whole percentage, clamped to 0..100. */
final class Percent {
  private Percent() {}

  static int of(double share) {
    if (Double.isNaN(share)) {
      return 0;
    }
    return (int) Math.round(100 * Math.max(0, Math.min(1, share)));
  }
}
