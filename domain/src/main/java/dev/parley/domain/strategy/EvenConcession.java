package dev.parley.domain.strategy;

import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.IssuePreference;
import dev.parley.domain.scenario.Preferences;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.terms.Terms;

/**
 * Concedes the same share of the way from target to reservation on every issue, the largest share
 * that still meets the aspiration. Simple, and blind to what the issues are worth to either side.
 */
public final class EvenConcession implements Packaging {

  private static final int SEARCH_STEPS = 40;

  @Override
  public Terms packageFor(Scenario scenario, Side side, double aspiration, OpponentModel opponent) {
    Preferences mine = scenario.preferencesOf(side);
    double low = 0;
    double high = 1;
    if (scenario.utility(side, at(scenario, mine, high)) >= aspiration) {
      return at(scenario, mine, high);
    }
    for (int i = 0; i < SEARCH_STEPS; i++) {
      double middle = (low + high) / 2;
      if (scenario.utility(side, at(scenario, mine, middle)) >= aspiration) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return at(scenario, mine, low);
  }

  /**
   * Every issue {@code share} of the way from target to reservation, rounded towards the target.
   */
  private static Terms at(Scenario scenario, Preferences mine, double share) {
    Terms terms = Terms.NONE;
    for (Issue issue : scenario.issues()) {
      IssuePreference preference = mine.of(issue.key());
      double exact = preference.target() + share * (preference.reservation() - preference.target());
      double snapped = issue.snap(exact);
      if (!preference.direction().atLeastAsGood(snapped, exact)) {
        double towardsTarget =
            preference.direction().atLeastAsGood(issue.max(), issue.min())
                ? snapped + issue.step()
                : snapped - issue.step();
        snapped = issue.snap(towardsTarget);
      }
      terms = terms.with(issue.key(), snapped);
    }
    return terms;
  }
}
