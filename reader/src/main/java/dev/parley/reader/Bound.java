package dev.parley.reader;

import java.util.Objects;

/**
 * A floor or a ceiling a message puts on one issue ("not less than 80k", "no more than 2 days in
 * office"), in the canonical form of the issue's unit.
 */
public record Bound(String issueKey, Kind kind, double value) {

  /** Which side of the value the speaker insists on. */
  public enum Kind {
    /** The value must be at least this (a floor). */
    AT_LEAST,
    /** The value must be at most this (a ceiling). */
    AT_MOST;

    Kind opposite() {
      return this == AT_LEAST ? AT_MOST : AT_LEAST;
    }
  }

  public Bound {
    Objects.requireNonNull(issueKey, "issueKey");
    Objects.requireNonNull(kind, "kind");
  }

  public static Bound atLeast(String issueKey, double value) {
    return new Bound(issueKey, Kind.AT_LEAST, value);
  }

  public static Bound atMost(String issueKey, double value) {
    return new Bound(issueKey, Kind.AT_MOST, value);
  }
}
