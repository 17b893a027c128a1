package dev.parley.domain.strategy;

/**
 * How much to ask for now: a utility between {@code floor} (the side's walk-away utility) and
 * {@code ceiling} (its aspiration). Pure: the same state always gives the same answer.
 */
public interface ConcessionStrategy {

  double aspiration(BargainingState state, double floor, double ceiling);

  /** The least this strategy will ever settle for; by default the floor itself. */
  default double minimum(double floor, double ceiling) {
    return floor;
  }

  /** Hard bargaining: concedes little until close to the deadline. */
  static ConcessionStrategy boulware() {
    return new TimeDependentConcession(0.2, 0);
  }

  /** Concedes early and fast. */
  static ConcessionStrategy conceder() {
    return new TimeDependentConcession(2.0, 0);
  }

  /** Mirrors the other side's concessions, in its own utility. */
  static ConcessionStrategy titForTat() {
    return new ReciprocatingConcession(1.0);
  }
}
