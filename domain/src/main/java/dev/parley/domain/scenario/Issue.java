package dev.parley.domain.scenario;

import dev.parley.domain.terms.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One negotiable issue: its key in {@link dev.parley.domain.terms.Terms}, a label for people, its
 * unit, its kind, the discrete range of values {@code min, min+step, ..., max}, and the words
 * people use for it in chat ({@code names}; {@code complementNames} name its complement, such as
 * "days in office" for remote days).
 */
public record Issue(
    String key,
    String label,
    Unit unit,
    IssueKind kind,
    double min,
    double max,
    double step,
    List<String> names,
    List<String> complementNames) {

  /** An issue people call by its label only. */
  public Issue(
      String key, String label, Unit unit, IssueKind kind, double min, double max, double step) {
    this(
        key,
        label,
        unit,
        kind,
        min,
        max,
        step,
        List.of(label.toLowerCase(java.util.Locale.ROOT)),
        List.of());
  }

  private static final double TOLERANCE = 1e-9;

  public Issue {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(kind, "kind");
    names = List.copyOf(names);
    complementNames = List.copyOf(complementNames);
    if (key.isBlank()) {
      throw new IllegalArgumentException("issue key is blank");
    }
    if (!(min < max) || !(step > 0)) {
      throw new IllegalArgumentException(key + ": needs min < max and step > 0");
    }
    double steps = (max - min) / step;
    if (Math.abs(steps - Math.rint(steps)) > 1e-6) {
      throw new IllegalArgumentException(key + ": range is not a whole number of steps");
    }
  }

  /** This issue with the words people use for it, and for its complement. */
  public Issue calledAlso(List<String> otherNames, List<String> otherComplementNames) {
    List<String> all = new ArrayList<>(names);
    otherNames.stream().filter(name -> !all.contains(name)).forEach(all::add);
    List<String> complements = new ArrayList<>(complementNames);
    complements.addAll(otherComplementNames);
    return new Issue(key, label, unit, kind, min, max, step, all, complements);
  }

  public int stepCount() {
    return (int) Math.rint((max - min) / step);
  }

  /** Every value of the range, lowest first. */
  public List<Double> values() {
    List<Double> values = new ArrayList<>(stepCount() + 1);
    for (int i = 0; i <= stepCount(); i++) {
      values.add(valueAt(i));
    }
    return values;
  }

  /** The value {@code index} steps above {@code min}. */
  public double valueAt(int index) {
    return index == stepCount() ? max : min + index * step;
  }

  public boolean inRange(double value) {
    return value >= min - TOLERANCE && value <= max + TOLERANCE;
  }

  public boolean onStep(double value) {
    double steps = (value - min) / step;
    return Math.abs(steps - Math.rint(steps)) <= 1e-6;
  }

  public boolean allows(double value) {
    return Double.isFinite(value) && inRange(value) && onStep(value);
  }

  /** The nearest allowed value. */
  public double snap(double value) {
    double clamped = Math.max(min, Math.min(max, value));
    return valueAt((int) Math.rint((clamped - min) / step));
  }

  /** Where {@code value} lies in the range, 0 at {@code min} and 1 at {@code max}. */
  public double position(double value) {
    return (Math.max(min, Math.min(max, value)) - min) / (max - min);
  }
}
