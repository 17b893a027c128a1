package dev.parley.persona.api.rules;

import dev.parley.domain.strategy.Bargainer;
import dev.parley.domain.strategy.ConcessionStrategy;
import dev.parley.domain.strategy.Packaging;
import java.util.Objects;

/**
 * The knobs of a rule-based negotiator, built from the domain's strategy blocks.
 *
 * @param strategy how much it asks for over the session ({@code ConcessionStrategy.boulware()},
 *     {@code conceder()}, {@code titForTat()} ...)
 * @param packaging which package asks for it ({@code Packaging.even()} or {@code tradeOffs()})
 * @param anchor where it opens: at its targets, or aiming for the best end of every range
 * @param walksAwayWhenHopeless whether it walks away late when the other side is still far off
 */
public record Tactics(
    ConcessionStrategy strategy,
    Packaging packaging,
    Bargainer.Anchor anchor,
    boolean walksAwayWhenHopeless) {

  public Tactics {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(packaging, "packaging");
    Objects.requireNonNull(anchor, "anchor");
  }
}
