package dev.parley.domain.negotiation;

import dev.parley.domain.terms.Terms;
import java.util.Objects;

/**
 * How a negotiation ended on the table: agreed terms, or no agreement (and the last terms seen).
 */
public record DealTerms(boolean agreed, Terms terms) {
  public DealTerms {
    Objects.requireNonNull(terms, "terms");
  }

  public static DealTerms agreed(Terms terms) {
    return new DealTerms(true, terms);
  }

  public static DealTerms noAgreement(Terms lastOnTable) {
    return new DealTerms(false, lastOnTable);
  }
}
