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
    FactSheet factSheet,
    Duration timeLimit,
    int roundLimit) {

  /** A scenario whose persona has no fact sheet. */
  public Scenario(
      String id,
      String title,
      String description,
      List<Issue> issues,
      PersonBrief personBrief,
      PrivateValues counterpart,
      Duration timeLimit,
      int roundLimit) {
    this(
        id,
        title,
        description,
        issues,
        personBrief,
        counterpart,
        FactSheet.NONE,
        timeLimit,
        roundLimit);
  }

  public Scenario {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(personBrief, "personBrief");
    Objects.requireNonNull(counterpart, "counterpart");
    Objects.requireNonNull(factSheet, "factSheet");
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
    checkAlternative(id, issues, personBrief);
    if (!keys.containsAll(personBrief.reasons().keySet())) {
      throw new IllegalArgumentException(id + ": a reason in the brief names an unknown issue");
    }
  }

  /**
   * The person's floors never sit below their own outside option: a brief that says "another
   * company offered 78,000" and "accept no worse than 75,000" contradicts itself.
   */
  private static void checkAlternative(String id, List<Issue> issues, PersonBrief brief) {
    brief
        .alternativeTerms()
        .values()
        .forEach(
            (key, value) -> {
              Issue issue =
                  issues.stream()
                      .filter(candidate -> candidate.key().equals(key))
                      .findFirst()
                      .orElseThrow(
                          () ->
                              new IllegalArgumentException(
                                  id + ": the best alternative names an unknown issue " + key));
              if (!issue.allows(value)) {
                throw new IllegalArgumentException(
                    id + ": the best alternative's " + key + " is not an allowed value");
              }
              IssuePreference preference = brief.preferences().of(key);
              if (!preference.direction().atLeastAsGood(preference.reservation(), value)) {
                throw new IllegalArgumentException(
                    id
                        + ": the person's reservation for "
                        + key
                        + " is worse than their best alternative's");
              }
            });
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
