package dev.parley.domain.strategy;

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
 * Concedes the same share of the way from target to reservation on every issue, the largest share
 * that still meets the aspiration. Simple, and blind to what the issues are worth to either side.
 */
public final class EvenConcession implements Packaging {

  private static final int SEARCH_STEPS = 40;

  @Override
  public Terms packageFor(Scenario scenario, Side side, double aspiration, OpponentModel opponent) {
    // The search only needs utilities: it works on one array of values, with the same arithmetic
    // as Preferences.utility, and makes a Terms of the share it settles on.
    Preferences mine = scenario.preferencesOf(side);
    List<Issue> issues = scenario.issues();
    int n = issues.size();
    IssuePreference[] preferences = new IssuePreference[n];
    double[] weights = new double[n];
    double total = mine.totalWeight();
    for (int i = 0; i < n; i++) {
      preferences[i] = mine.of(issues.get(i).key());
      weights[i] = preferences[i].weight() / total;
    }
    double[] values = new double[n];
    double low = 0;
    double high = 1;
    if (utilityAt(issues, preferences, weights, high, values) >= aspiration) {
      return terms(issues, preferences, high);
    }
    for (int i = 0; i < SEARCH_STEPS; i++) {
      double middle = (low + high) / 2;
      if (utilityAt(issues, preferences, weights, middle, values) >= aspiration) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return terms(issues, preferences, low);
  }

  /** Preferences.utility of the package {@code share} of the way; {@code values} is scratch. */
  private static double utilityAt(
      List<Issue> issues,
      IssuePreference[] preferences,
      double[] weights,
      double share,
      double[] values) {
    double sum = 0;
    for (int i = 0; i < values.length; i++) {
      values[i] = at(issues.get(i), preferences[i], share);
      sum += weights[i] * preferences[i].issueUtility(issues.get(i), values[i]);
    }
    return sum;
  }

  private static Terms terms(List<Issue> issues, IssuePreference[] preferences, double share) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (int i = 0; i < preferences.length; i++) {
      values.put(issues.get(i).key(), at(issues.get(i), preferences[i], share));
    }
    return Terms.of(values);
  }

  /** The issue {@code share} of the way from target to reservation, rounded towards the target. */
  private static double at(Issue issue, IssuePreference preference, double share) {
    double exact = preference.target() + share * (preference.reservation() - preference.target());
    double snapped = issue.snap(exact);
    if (!preference.direction().atLeastAsGood(snapped, exact)) {
      double towardsTarget =
          preference.direction().atLeastAsGood(issue.max(), issue.min())
              ? snapped + issue.step()
              : snapped - issue.step();
      snapped = issue.snap(towardsTarget);
    }
    return snapped;
  }
}
