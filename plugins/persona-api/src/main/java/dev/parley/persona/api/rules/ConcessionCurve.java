package dev.parley.persona.api.rules;

/**
 * How much of the way from its opening position to its floor a negotiator has conceded at a point
 * of the session: {@code 0} at the start, at most {@code 1}. The classic time-dependent tactics: a
 * Boulware negotiator holds out and concedes late, a Conceder gives ground early.
 */
@FunctionalInterface
public interface ConcessionCurve {

  /** The share conceded at {@code progress} (0..1 through the session's rounds or time). */
  double concededShare(double progress);

  /** Concedes little until late: {@code progress^(1/beta)} with {@code beta < 1}. */
  static ConcessionCurve boulware(double beta) {
    return timeDependent(beta);
  }

  /** Concedes early: {@code progress^(1/beta)} with {@code beta > 1}. */
  static ConcessionCurve conceder(double beta) {
    return timeDependent(beta);
  }

  private static ConcessionCurve timeDependent(double beta) {
    if (!(beta > 0)) {
      throw new IllegalArgumentException("beta must be positive");
    }
    return progress -> Math.pow(Math.max(0, Math.min(1, progress)), 1 / beta);
  }
}
