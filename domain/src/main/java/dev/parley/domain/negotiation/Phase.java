package dev.parley.domain.negotiation;

/** The stage of the conversation; it only moves forward. */
public enum Phase {
  OPENING,
  DISCUSSION,
  CLOSING;

  /** The later of the two phases. */
  public Phase atLeast(Phase other) {
    return other.compareTo(this) > 0 ? other : this;
  }
}
