package dev.parley.domain.terms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Values proposed or agreed for some of a scenario's issues, keyed by issue key, each in the
 * canonical form of its issue's {@link Unit}. Immutable; keeps insertion order so texts and JSON
 * read naturally.
 */
public record Terms(Map<String, Double> values) {
  public static final Terms NONE = new Terms(Map.of());

  public Terms {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static Terms of(Map<String, Double> values) {
    return new Terms(values);
  }

  public Optional<Double> valueOf(String issueKey) {
    return Optional.ofNullable(values.get(issueKey));
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** These terms with {@code other}'s values laid over them. */
  public Terms with(Terms other) {
    Map<String, Double> merged = new LinkedHashMap<>(values);
    merged.putAll(other.values);
    return new Terms(merged);
  }

  public Terms with(String issueKey, double value) {
    Map<String, Double> merged = new LinkedHashMap<>(values);
    merged.put(issueKey, value);
    return new Terms(merged);
  }
}
