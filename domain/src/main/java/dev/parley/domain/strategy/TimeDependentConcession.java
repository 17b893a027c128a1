package dev.parley.domain.strategy;

/**
 * The classic time-dependent tactic: {@code aspiration(t) = ceiling - (ceiling - minimum) *
 * t^(1/e)}. With {@code e < 1} (Boulware) it holds firm and gives way near the deadline; with
 * {@code e > 1} (Conceder) it gives way early; {@code e = 1} concedes evenly. {@code keep} is the
 * share of the range between floor and ceiling it never gives up (0 concedes down to the floor).
 */
public record TimeDependentConcession(double e, double keep) implements ConcessionStrategy {

  public TimeDependentConcession {
    if (!(e > 0) || !(keep >= 0 && keep < 1)) {
      throw new IllegalArgumentException("needs e > 0 and keep within [0, 1)");
    }
  }

  @Override
  public double aspiration(BargainingState state, double floor, double ceiling) {
    double minimum = minimum(floor, ceiling);
    return ceiling - (ceiling - minimum) * Math.pow(state.progress(), 1 / e);
  }

  @Override
  public double minimum(double floor, double ceiling) {
    return floor + keep * (ceiling - floor);
  }
}
