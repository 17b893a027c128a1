package dev.parley.domain.negotiation;

import dev.parley.domain.scenario.Side;
import dev.parley.domain.terms.Terms;
import java.util.Objects;
import java.util.Optional;

/**
 * How a negotiation ended on the table: agreed terms, or no agreement (and the last terms seen),
 * with the side that walked away when one did.
 */
public record DealTerms(boolean agreed, Terms terms, Optional<Side> walkedAwayBy) {
  public DealTerms {
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(walkedAwayBy, "walkedAwayBy");
  }

  public DealTerms(boolean agreed, Terms terms) {
    this(agreed, terms, Optional.empty());
  }

  public static DealTerms agreed(Terms terms) {
    return new DealTerms(true, terms);
  }

  public static DealTerms noAgreement(Terms lastOnTable) {
    return new DealTerms(false, lastOnTable);
  }

  public static DealTerms walkedAway(Side side, Terms lastOnTable) {
    return new DealTerms(false, lastOnTable, Optional.of(side));
  }
}
