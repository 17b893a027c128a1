package dev.parley.persona.api.rules;

import java.util.Objects;

/**
 * The knobs of a rule-based negotiator.
 *
 * @param openingAmbition where it opens: 0 at its target, 1 at the best end of each range
 * @param curve how fast it concedes over the session
 * @param allocation how a concession is spread over the issues
 * @param acceptanceSlack how much utility (0..1) below its own next offer it still accepts
 * @param walksAwayWhenHopeless whether it walks away late when the other side is still far off
 */
public record Tactics(
    double openingAmbition,
    ConcessionCurve curve,
    Allocation allocation,
    double acceptanceSlack,
    boolean walksAwayWhenHopeless) {

  public Tactics {
    Objects.requireNonNull(curve, "curve");
    Objects.requireNonNull(allocation, "allocation");
    if (!(openingAmbition >= 0 && openingAmbition <= 1)) {
      throw new IllegalArgumentException("openingAmbition must be within 0..1");
    }
    if (!(acceptanceSlack >= 0 && acceptanceSlack <= 1)) {
      throw new IllegalArgumentException("acceptanceSlack must be within 0..1");
    }
  }
}
