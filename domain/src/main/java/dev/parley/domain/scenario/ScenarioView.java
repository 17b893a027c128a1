package dev.parley.domain.scenario;

import java.time.Duration;
import java.util.List;

/** What the person may see of a scenario: everything except the counterpart's private values. */
public record ScenarioView(
    String id,
    String title,
    String description,
    List<Issue> issues,
    PersonBrief personBrief,
    Duration timeLimit,
    int roundLimit) {
  public ScenarioView {
    issues = List.copyOf(issues);
  }
}
