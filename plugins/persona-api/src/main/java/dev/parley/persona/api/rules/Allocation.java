package dev.parley.persona.api.rules;

/** How a negotiator spreads a concession over the issues. */
public enum Allocation {
  /** The same share on every issue: simple, and leaves joint gains on the table. */
  UNIFORM,
  /**
   * Gives ground first on the issues that matter least to it and holds the ones that matter most:
   * trading across issues, which creates value when the other side weighs them the other way.
   */
  LOGROLLING
}
