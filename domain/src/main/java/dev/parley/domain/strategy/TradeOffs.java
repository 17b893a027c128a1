package dev.parley.domain.strategy;

import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.IssuePreference;
import dev.parley.domain.scenario.Preferences;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.terms.Terms;

/**
 * Logrolling. Starts from the package best for {@code side} and keeps taking the one-step
 * concession that gives the other side the most (by the opponent model) per unit of own utility
 * given up, as long as the package still meets the aspiration and no reservation value is passed.
 * So it gives away first the issues it weighs less, and free concessions (compatible issues) at
 * once: packages of the same worth to itself that are worth more to the other side.
 */
public final class TradeOffs implements Packaging {

  private static final double EPSILON = 1e-12;

  @Override
  public Terms packageFor(Scenario scenario, Side side, double aspiration, OpponentModel opponent) {
    Preferences mine = scenario.preferencesOf(side);
    Terms current = Terms.NONE;
    for (Issue issue : scenario.issues()) {
      current = current.with(issue.key(), mine.of(issue.key()).best(issue));
    }
    double utility = scenario.utility(side, current);
    while (true) {
      Issue chosen = null;
      double chosenValue = 0;
      double chosenUtility = 0;
      double bestRatio = Double.NEGATIVE_INFINITY;
      for (Issue issue : scenario.issues()) {
        double value = current.valueOf(issue.key()).orElseThrow();
        double next = stepTowardsThem(issue, opponent, value);
        IssuePreference preference = mine.of(issue.key());
        if (next == value || !preference.acceptable(next)) {
          continue;
        }
        double nextUtility = scenario.utility(side, current.with(issue.key(), next));
        double theirGain = opponent.utility(issue, next) - opponent.utility(issue, value);
        if (theirGain <= EPSILON || nextUtility < aspiration - EPSILON) {
          continue;
        }
        double myLoss = utility - nextUtility;
        double ratio = myLoss <= EPSILON ? Double.POSITIVE_INFINITY : theirGain / myLoss;
        if (ratio > bestRatio) {
          bestRatio = ratio;
          chosen = issue;
          chosenValue = next;
          chosenUtility = nextUtility;
        }
      }
      if (chosen == null) {
        return current;
      }
      current = current.with(chosen.key(), chosenValue);
      utility = chosenUtility;
    }
  }

  private static double stepTowardsThem(Issue issue, OpponentModel opponent, double value) {
    double step =
        opponent.direction(issue.key()) == dev.parley.domain.scenario.Direction.HIGHER_IS_BETTER
            ? issue.step()
            : -issue.step();
    double next = issue.snap(value + step);
    return issue.allows(next) ? next : value;
  }
}
