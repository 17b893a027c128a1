package dev.parley.domain.strategy;

import java.util.List;

/**
 * What a concession strategy looks at, all in the deciding side's own utility: how far through the
 * negotiation it is (0 at the start, 1 at the last chance), the utilities of its own offers so far,
 * and the utilities of the other side's offers, oldest first.
 */
public record BargainingState(double progress, List<Double> ownOffers, List<Double> theirOffers) {
  public BargainingState {
    if (!(progress >= 0 && progress <= 1)) {
      throw new IllegalArgumentException("progress is within 0..1, got " + progress);
    }
    ownOffers = List.copyOf(ownOffers);
    theirOffers = List.copyOf(theirOffers);
  }
}
