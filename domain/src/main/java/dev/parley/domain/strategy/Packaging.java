package dev.parley.domain.strategy;

import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.terms.Terms;

/**
 * Turns an aspiration (a utility) into a complete package of terms worth at least that much to
 * {@code side}, never past any of its reservation values.
 */
public interface Packaging {

  Terms packageFor(Scenario scenario, Side side, double aspiration, OpponentModel opponent);

  /** Concedes on every issue alike. */
  static Packaging even() {
    return new EvenConcession();
  }

  /** Logrolling: concedes first where it costs least and the other side gains most. */
  static Packaging tradeOffs() {
    return new TradeOffs();
  }
}
