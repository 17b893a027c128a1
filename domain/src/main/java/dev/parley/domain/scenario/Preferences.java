package dev.parley.domain.scenario;

import dev.parley.domain.terms.Terms;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One side's preferences over a scenario's issues. Utility is additive: the weighted sum of the
 * per-issue utilities, with weights normalised to sum to 1, so a utility is always within 0..1.
 */
public record Preferences(Map<String, IssuePreference> byIssue) {

  public Preferences {
    byIssue = Collections.unmodifiableMap(new LinkedHashMap<>(byIssue));
    double total = byIssue.values().stream().mapToDouble(IssuePreference::weight).sum();
    if (!(total > 0)) {
      throw new IllegalArgumentException("preferences need a positive total weight");
    }
  }

  public IssuePreference of(String issueKey) {
    IssuePreference preference = byIssue.get(issueKey);
    if (preference == null) {
      throw new IllegalArgumentException("no preference for issue " + issueKey);
    }
    return preference;
  }

  public Optional<IssuePreference> find(String issueKey) {
    return Optional.ofNullable(byIssue.get(issueKey));
  }

  /** The weight of an issue as a share of the total, 0..1. */
  public double normalisedWeight(String issueKey) {
    return of(issueKey).weight() / totalWeight();
  }

  /**
   * The utility of {@code terms}, 0..1. An issue the terms leave open counts at its worst value, so
   * an incomplete package never looks better than it is.
   */
  public double utility(List<Issue> issues, Terms terms) {
    double total = totalWeight(); // once, not once per issue: the same value normalisedWeight uses
    double sum = 0;
    for (Issue issue : issues) {
      IssuePreference preference = of(issue.key());
      Double given = terms.values().get(issue.key());
      double value = given != null ? given : preference.worst(issue);
      sum += preference.weight() / total * preference.issueUtility(issue, value);
    }
    return sum;
  }

  /** The sum of the weights, as every normalised weight divides by it. */
  public double totalWeight() {
    return byIssue.values().stream().mapToDouble(IssuePreference::weight).sum();
  }

  /** True when every issue is settled at or beyond this side's reservation value. */
  public boolean acceptable(List<Issue> issues, Terms terms) {
    for (Issue issue : issues) {
      Optional<Double> value = terms.valueOf(issue.key());
      if (value.isEmpty() || !of(issue.key()).acceptable(value.get())) {
        return false;
      }
    }
    return true;
  }

  /** The package with every issue at this side's reservation value. */
  public Terms reservationPackage(List<Issue> issues) {
    Map<String, Double> values = new LinkedHashMap<>();
    issues.forEach(issue -> values.put(issue.key(), of(issue.key()).reservation()));
    return Terms.of(values);
  }

  /** The package with every issue at this side's target. */
  public Terms targetPackage(List<Issue> issues) {
    Map<String, Double> values = new LinkedHashMap<>();
    issues.forEach(issue -> values.put(issue.key(), of(issue.key()).target()));
    return Terms.of(values);
  }
}
