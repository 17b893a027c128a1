package dev.parley.domain.terms;

/**
 * How the value of a negotiated issue is measured. Every value is held as a double in the unit's
 * canonical form, so readers, strategies and scoring agree on what a number means.
 */
public enum Unit {
  /** An amount of money, in whole currency units (85k is 85000). */
  MONEY,
  /** Money per hour (a freelance rate). */
  MONEY_PER_HOUR,
  /** Money per day (a day rate). */
  MONEY_PER_DAY,
  /** Days in a working week, 0 to 7 (remote days). */
  DAYS_PER_WEEK,
  /** Days in a year (vacation). */
  DAYS_PER_YEAR,
  /** Days from the negotiation's reference date (a start date): "in two weeks" is 14. */
  DAYS_FROM_NOW,
  /** Whole months (a contract length). */
  MONTHS,
  /** A percentage, 0 to 100 (equity, a raise). */
  PERCENT,
  /** A plain count (seats, licences, deliverables). */
  COUNT
}
