package dev.parley.domain.strategy;

import java.util.List;

/**
 * Tit-for-tat on utility (relative tit-for-tat): opens at the ceiling, then concedes as much of its
 * own utility as the other side's last offer gained it, times {@code generosity}; when the other
 * side does not move, neither does it. Never below the floor.
 */
public record ReciprocatingConcession(double generosity) implements ConcessionStrategy {

  public ReciprocatingConcession {
    if (!(generosity > 0)) {
      throw new IllegalArgumentException("generosity must be positive");
    }
  }

  @Override
  public double aspiration(BargainingState state, double floor, double ceiling) {
    List<Double> own = state.ownOffers();
    List<Double> theirs = state.theirOffers();
    double previous = own.isEmpty() ? ceiling : own.get(own.size() - 1);
    if (theirs.size() < 2) {
      return clamp(previous, floor, ceiling);
    }
    double theirConcession = theirs.get(theirs.size() - 1) - theirs.get(theirs.size() - 2);
    return clamp(previous - generosity * Math.max(0, theirConcession), floor, ceiling);
  }

  private static double clamp(double value, double floor, double ceiling) {
    return Math.max(floor, Math.min(ceiling, value));
  }
}
