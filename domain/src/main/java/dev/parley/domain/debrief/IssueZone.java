package dev.parley.domain.debrief;

import java.util.Objects;
import java.util.Optional;

/**
 * One issue of the debrief: both sides' walk-away points and targets, revealed; the values both
 * would accept ({@code zone}, empty when there are none); where the deal landed; and the share of
 * the zone the person claimed on this issue (0 at the end best for the persona, 100 at the end best
 * for the person).
 */
public record IssueZone(
    String issue,
    String label,
    Limits person,
    Limits persona,
    Optional<Range> zone,
    Optional<Double> deal,
    Optional<Integer> claimedPercent) {

  /** One side's walk-away point (reservation) and target on an issue. */
  public record Limits(double walkAway, double target) {}

  /** The values from {@code low} to {@code high} both sides would accept. */
  public record Range(double low, double high) {}

  public IssueZone {
    Objects.requireNonNull(issue, "issue");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(deal, "deal");
    Objects.requireNonNull(claimedPercent, "claimedPercent");
  }
}
