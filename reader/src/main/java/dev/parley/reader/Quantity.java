package dev.parley.reader;

import dev.parley.domain.terms.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * A figure read from tokens {@code [start, end)}: its value as written, what it measures, and the
 * words around it that change its meaning (a floor, a relative move, a refusal).
 *
 * @param offset "in two weeks", "3 days from now": a time measure counted from today
 * @param spelled written in words ("three"), which alone is too common to trust without a unit
 * @param needsName attribute only to an issue named nearby (soft dates, offsets: "I'll answer in
 *     two days" is not a start date)
 * @param bound a floor or ceiling, or null
 * @param relative +1 or -1 for a move from the terms on the table ("5k more", "2 fewer days"), 0
 *     for an absolute value
 * @param rejected the message turns this value down
 */
record Quantity(
    int start,
    int end,
    double value,
    Measure measure,
    boolean offset,
    boolean spelled,
    boolean needsName,
    Bound.Kind bound,
    int relative,
    boolean rejected) {

  /** What a figure measures, as far as its own words say. */
  enum Measure {
    /** A plain number: "85000", "ninety". */
    BARE,
    MONEY,
    MONEY_PER_HOUR,
    MONEY_PER_DAY,
    MONEY_PER_WEEK,
    MONEY_PER_MONTH,
    MONEY_PER_YEAR,
    DAYS,
    DAYS_PER_WEEK,
    DAYS_PER_YEAR,
    WEEKS,
    MONTHS,
    YEARS,
    PERCENT,
    /** A calendar or relative date, already in days from the reference date. */
    DATE,
    /** A multiple of the value on the table: "double the warranty" is 2, "halve" 0.5. */
    FACTOR,
    /** A measure no unit uses ("40 hours"): never attributed. */
    OTHER
  }

  /** One way to read the figure in an issue's unit; {@code unit == null} fits every unit. */
  record Reading(Unit unit, double value) {}

  /** Working days in a week of vacation, so "four weeks vacation" is 20 days. */
  static final int WORKING_DAYS_PER_WEEK = 5;

  static final int DAYS_PER_MONTH = 30;
  static final int DAYS_PER_YEAR = 365;
  static final int HOURS_PER_DAY = 8;

  Quantity withCues(Bound.Kind bound, int relative, boolean rejected) {
    return new Quantity(
        start, end, value, measure, offset, spelled, needsName, bound, relative, rejected);
  }

  /** This duration counted from today, as the figure it continues ("in 2 weeks, or 3 weeks"). */
  Quantity asOffset() {
    return isDuration()
        ? new Quantity(start, end, value, measure, true, spelled, true, bound, relative, rejected)
        : this;
  }

  private boolean isDuration() {
    return measure == Measure.DAYS
        || measure == Measure.WEEKS
        || measure == Measure.MONTHS
        || measure == Measure.YEARS;
  }

  boolean isRelative() {
    return relative != 0;
  }

  /**
   * The readings of this figure, most likely first. A relative percentage ("another 10%") is
   * percentage points for a {@link Unit#PERCENT} issue, else a share of the base in any unit. A
   * bare number with no issue named nearby is read as money only.
   */
  List<Reading> readings(boolean named) {
    double v = value;
    if (measure == Measure.PERCENT && isRelative()) {
      // points for a percentage issue ("another 0.5% equity"), a share of the base for any other
      return List.of(new Reading(Unit.PERCENT, v), new Reading(null, v));
    }
    if (isRelative() && !offset && isDuration()) {
      List<Reading> readings = new ArrayList<>(withoutOffset(named));
      readings.addAll(asOffset().withoutOffset(named));
      return readings; // "2 more weeks" of vacation, or a start pushed back 2 weeks
    }
    return withoutOffset(named);
  }

  private List<Reading> withoutOffset(boolean named) {
    double v = value;
    return switch (measure) {
      case BARE ->
          named
              ? List.of(
                  new Reading(Unit.MONEY, v),
                  new Reading(Unit.MONEY_PER_HOUR, v),
                  new Reading(Unit.MONEY_PER_DAY, v),
                  new Reading(Unit.DAYS_PER_WEEK, v),
                  new Reading(Unit.DAYS_PER_YEAR, v),
                  new Reading(Unit.MONTHS, v),
                  new Reading(Unit.PERCENT, v),
                  new Reading(Unit.COUNT, v))
              : List.of(
                  new Reading(Unit.MONEY, v),
                  new Reading(Unit.MONEY_PER_HOUR, v),
                  new Reading(Unit.MONEY_PER_DAY, v),
                  new Reading(Unit.COUNT, v));
      case MONEY ->
          List.of(
              new Reading(Unit.MONEY, v),
              new Reading(Unit.MONEY_PER_HOUR, v),
              new Reading(Unit.MONEY_PER_DAY, v));
      case MONEY_PER_YEAR -> List.of(new Reading(Unit.MONEY, v));
      case MONEY_PER_MONTH -> List.of(new Reading(Unit.MONEY, v * 12));
      case MONEY_PER_WEEK -> List.of(new Reading(Unit.MONEY, v * 52));
      case MONEY_PER_HOUR ->
          List.of(
              new Reading(Unit.MONEY_PER_HOUR, v),
              new Reading(Unit.MONEY_PER_DAY, v * HOURS_PER_DAY));
      case MONEY_PER_DAY ->
          List.of(
              new Reading(Unit.MONEY_PER_DAY, v),
              new Reading(Unit.MONEY_PER_HOUR, v / HOURS_PER_DAY));
      case DAYS ->
          offset
              ? List.of(new Reading(Unit.DAYS_FROM_NOW, v))
              : List.of(new Reading(Unit.DAYS_PER_WEEK, v), new Reading(Unit.DAYS_PER_YEAR, v));
      case DAYS_PER_WEEK -> List.of(new Reading(Unit.DAYS_PER_WEEK, v));
      case DAYS_PER_YEAR -> List.of(new Reading(Unit.DAYS_PER_YEAR, v));
      case WEEKS ->
          offset
              ? List.of(new Reading(Unit.DAYS_FROM_NOW, v * 7))
              : List.of(new Reading(Unit.DAYS_PER_YEAR, v * WORKING_DAYS_PER_WEEK));
      case MONTHS ->
          offset
              ? List.of(new Reading(Unit.DAYS_FROM_NOW, v * DAYS_PER_MONTH))
              : List.of(new Reading(Unit.MONTHS, v));
      case YEARS ->
          offset
              ? List.of(new Reading(Unit.DAYS_FROM_NOW, v * DAYS_PER_YEAR))
              : List.of(new Reading(Unit.MONTHS, v * 12));
      case PERCENT -> List.of(new Reading(Unit.PERCENT, v));
      case DATE -> List.of(new Reading(Unit.DAYS_FROM_NOW, v));
      case FACTOR -> List.of(new Reading(null, v));
      case OTHER -> List.of();
    };
  }
}
