package dev.parley.domain.scenario;

import dev.parley.domain.terms.Terms;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A negotiation exercise: the issues on the table, the person's brief, the counterpart's private
 * values, and the limits (time and rounds) of one session.
 */
public record Scenario(
    String id,
    String title,
    String description,
    List<Issue> issues,
    PersonBrief personBrief,
    PrivateValues counterpart,
    Duration timeLimit,
    int roundLimit) {

  public Scenario {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(personBrief, "personBrief");
    Objects.requireNonNull(counterpart, "counterpart");
    Objects.requireNonNull(timeLimit, "timeLimit");
    issues = List.copyOf(issues);
    if (issues.isEmpty()) {
      throw new IllegalArgumentException(id + ": a scenario needs at least one issue");
    }
    if (timeLimit.isNegative() || timeLimit.isZero() || roundLimit < 1) {
      throw new IllegalArgumentException(id + ": time and round limits must be positive");
    }
    Set<String> keys = new HashSet<>();
    for (Issue issue : issues) {
      if (!keys.add(issue.key())) {
        throw new IllegalArgumentException(id + ": duplicate issue " + issue.key());
      }
      for (Preferences side : List.of(personBrief.preferences(), counterpart.preferences())) {
        IssuePreference preference = side.of(issue.key());
        if (!issue.allows(preference.reservation()) || !issue.allows(preference.target())) {
          throw new IllegalArgumentException(
              id + ": reservation and target of " + issue.key() + " must be allowed values");
        }
      }
    }
    for (Preferences side : List.of(personBrief.preferences(), counterpart.preferences())) {
      if (!keys.containsAll(side.byIssue().keySet())) {
        throw new IllegalArgumentException(id + ": a preference names an unknown issue");
      }
    }
  }

  public Optional<Issue> issue(String key) {
    return issues.stream().filter(issue -> issue.key().equals(key)).findFirst();
  }

  public Preferences preferencesOf(Side side) {
    return side == Side.PERSON ? personBrief.preferences() : counterpart.preferences();
  }

  /** The utility of {@code terms} for {@code side}, 0..1. */
  public double utility(Side side, Terms terms) {
    return preferencesOf(side).utility(issues, terms);
  }

  /** True when {@code terms} settle every issue at or beyond {@code side}'s reservation values. */
  public boolean acceptableTo(Side side, Terms terms) {
    return preferencesOf(side).acceptable(issues, terms);
  }

  /** True when {@code terms} give a value to every issue. */
  public boolean complete(Terms terms) {
    return issues.stream().allMatch(issue -> terms.valueOf(issue.key()).isPresent());
  }

  public ScenarioView publicView() {
    return new ScenarioView(id, title, description, issues, personBrief, timeLimit, roundLimit);
  }
}
