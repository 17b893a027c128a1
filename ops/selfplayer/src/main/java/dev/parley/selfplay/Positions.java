package dev.parley.selfplay;

import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.IssueKind;
import dev.parley.domain.scenario.IssuePreference;
import dev.parley.domain.scenario.Preferences;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The packages a learner can ask for, from its own brief only: somewhere between an opening point
 * and its reservation values, never beyond them.
 */
final class Positions {

  private final Scenario scenario;
  private final Preferences own;

  Positions(Scenario scenario) {
    this.scenario = scenario;
    this.own = scenario.personBrief().preferences();
  }

  /**
   * Every issue the same share of the way from {@code open} (0 the target, negative beyond it
   * towards the best end of the range) to the reservation value (1).
   */
  Terms uniform(double open, double share) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (Issue issue : scenario.issues()) {
      values.put(issue.key(), along(issue, open + (1 - open) * share));
    }
    return Terms.of(values);
  }

  /**
   * Gives ground on the issues that matter least to the learner first, keeps the shared-interest
   * ones at their best, and holds the ones that matter most: {@code share} of the total concession
   * room, spent from the least important issue up.
   */
  Terms logrolled(double share) {
    List<Issue> byWeight =
        scenario.issues().stream()
            .sorted(Comparator.comparingDouble(issue -> own.normalisedWeight(issue.key())))
            .toList();
    double budget = share * byWeight.size();
    Map<String, Double> chosen = new LinkedHashMap<>();
    for (Issue issue : byWeight) {
      if (issue.kind() == IssueKind.COMPATIBLE) {
        chosen.put(issue.key(), own.of(issue.key()).best(issue));
        continue;
      }
      double fraction = Math.max(0, Math.min(1, budget));
      chosen.put(issue.key(), along(issue, fraction));
      budget -= fraction;
    }
    Map<String, Double> ordered = new LinkedHashMap<>();
    scenario.issues().forEach(issue -> ordered.put(issue.key(), chosen.get(issue.key())));
    return Terms.of(ordered);
  }

  /** The issues in order of how much they matter to the learner, most first. */
  List<Issue> byImportance() {
    return scenario.issues().stream()
        .sorted(
            Comparator.comparingDouble((Issue issue) -> own.normalisedWeight(issue.key()))
                .reversed())
        .toList();
  }

  boolean acceptable(Terms terms) {
    return own.acceptable(scenario.issues(), terms);
  }

  double utility(Terms terms) {
    return own.utility(scenario.issues(), terms);
  }

  /**
   * A value {@code at} of the way from the target (0) to the reservation (1); below 0 it goes
   * beyond the target towards the best end of the range. Snapped, and never past the reservation.
   */
  private double along(Issue issue, double at) {
    IssuePreference preference = own.of(issue.key());
    double from =
        at >= 0
            ? preference.target()
            : preference.target() + (preference.best(issue) - preference.target()) * -at;
    double to = preference.reservation();
    double value = issue.snap(at >= 0 ? from + (to - from) * Math.min(1, at) : from);
    return preference.acceptable(value) ? value : preference.reservation();
  }
}
