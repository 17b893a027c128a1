package dev.parley.domain.scenario;

/**
 * How the two sides' interests on an issue relate, as in the "New Recruit" exercise. The kind is
 * descriptive (for briefs and strategies); the utilities themselves come from each side's {@link
 * IssuePreference}.
 */
public enum IssueKind {
  /** Opposed directions, similar weights: what one gains the other loses. */
  DISTRIBUTIVE,
  /** Both sides prefer the same direction: agreeing creates value for free. */
  COMPATIBLE,
  /** Opposed directions, different weights: trading it against another issue creates value. */
  INTEGRATIVE
}
