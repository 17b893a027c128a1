package dev.parley.domain.strategy;

import dev.parley.domain.scenario.Direction;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.IssuePreference;
import dev.parley.domain.scenario.Preferences;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.terms.Terms;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    // Works on arrays indexed like scenario.issues(), with the same arithmetic, in the same order,
    // as Preferences.utility and OpponentModel.utility, so it picks exactly the packages they
    // would;
    // only the result becomes a Terms (a package per candidate step was most of a turn's time).
    Preferences mine = scenario.preferencesOf(side);
    List<Issue> issues = scenario.issues();
    int n = issues.size();
    IssuePreference[] preferences = new IssuePreference[n];
    double[] weights = new double[n];
    double[] theirWeights = new double[n];
    boolean[] theyWantMore = new boolean[n];
    double[] current = new double[n];
    double total = mine.totalWeight();
    for (int i = 0; i < n; i++) {
      Issue issue = issues.get(i);
      preferences[i] = mine.of(issue.key());
      weights[i] = preferences[i].weight() / total;
      theirWeights[i] = opponent.weight(issue.key());
      theyWantMore[i] = opponent.direction(issue.key()) == Direction.HIGHER_IS_BETTER;
      current[i] = preferences[i].best(issue);
    }
    double utility = utility(issues, preferences, weights, current, -1, 0);
    while (true) {
      int chosen = -1;
      double chosenValue = 0;
      double chosenUtility = 0;
      double bestRatio = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        Issue issue = issues.get(i);
        double value = current[i];
        double next = stepTowardsThem(issue, theyWantMore[i], value);
        if (next == value || !preferences[i].acceptable(next)) {
          continue;
        }
        double nextUtility = utility(issues, preferences, weights, current, i, next);
        double theirGain =
            theirUtility(issue, theirWeights[i], theyWantMore[i], next)
                - theirUtility(issue, theirWeights[i], theyWantMore[i], value);
        if (theirGain <= EPSILON || nextUtility < aspiration - EPSILON) {
          continue;
        }
        double myLoss = utility - nextUtility;
        double ratio = myLoss <= EPSILON ? Double.POSITIVE_INFINITY : theirGain / myLoss;
        if (ratio > bestRatio) {
          bestRatio = ratio;
          chosen = i;
          chosenValue = next;
          chosenUtility = nextUtility;
        }
      }
      if (chosen < 0) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
          values.put(issues.get(i).key(), current[i]);
        }
        return Terms.of(values);
      }
      current[chosen] = chosenValue;
      utility = chosenUtility;
    }
  }

  /** Preferences.utility of {@code values}, with issue {@code changed} at {@code changedValue}. */
  private static double utility(
      List<Issue> issues,
      IssuePreference[] preferences,
      double[] weights,
      double[] values,
      int changed,
      double changedValue) {
    double sum = 0;
    for (int i = 0; i < values.length; i++) {
      double value = i == changed ? changedValue : values[i];
      sum += weights[i] * preferences[i].issueUtility(issues.get(i), value);
    }
    return sum;
  }

  /** OpponentModel.utility, from the weight and direction it holds for the issue. */
  private static double theirUtility(Issue issue, double weight, boolean wantsMore, double value) {
    double position = issue.position(value);
    return weight * (wantsMore ? position : 1 - position);
  }

  private static double stepTowardsThem(Issue issue, boolean theyWantMore, double value) {
    double step = theyWantMore ? issue.step() : -issue.step();
    double next = issue.snap(value + step);
    return issue.allows(next) ? next : value;
  }
}
