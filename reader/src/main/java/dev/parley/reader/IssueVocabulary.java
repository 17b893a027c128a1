package dev.parley.reader;

import dev.parley.domain.terms.Unit;
import java.util.List;
import java.util.Objects;

/**
 * How people talk about one negotiated issue, so the reader can attribute numbers to it.
 *
 * @param key the issue key used in {@link dev.parley.domain.terms.Terms}
 * @param unit the unit of the issue's values
 * @param names words and phrases naming the issue ("salary", "base", "pay", "signing bonus"),
 *     matched case-insensitively on whole words, tolerating the endings -s, -es, -ies, -y, -ing and
 *     -ed ("deliver" names "delivery"); the key itself, underscores read as spaces, is always a
 *     name
 * @param min the smallest value the issue can take (inclusive)
 * @param max the largest value the issue can take (inclusive); values outside {@code [min, max]}
 *     are never attributed to the issue
 * @param complementNames phrases naming the complement of the issue, read as {@code min + max -
 *     value}: for remote days 0..5, "2 days in office" is 3 remote days and "no more than 2 days in
 *     office" is a floor of 3 remote days; usually empty
 */
public record IssueVocabulary(
    String key,
    Unit unit,
    List<String> names,
    double min,
    double max,
    List<String> complementNames) {

  public IssueVocabulary {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(unit, "unit");
    if (key.isBlank()) {
      throw new IllegalArgumentException("an issue key must not be blank");
    }
    if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
      throw new IllegalArgumentException(
          "issue " + key + ": range must be finite with min <= max, was " + min + ".." + max);
    }
    names = List.copyOf(names);
    complementNames = List.copyOf(complementNames);
  }

  public IssueVocabulary(String key, Unit unit, List<String> names, double min, double max) {
    this(key, unit, names, min, max, List.of());
  }

  boolean contains(double value) {
    return value >= min && value <= max;
  }
}
