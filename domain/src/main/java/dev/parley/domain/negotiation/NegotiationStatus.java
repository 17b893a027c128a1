package dev.parley.domain.negotiation;

/** Where a negotiation is in its life; only {@link #ACTIVE} accepts messages and moves. */
public enum NegotiationStatus {
  ACTIVE,
  /** Its room has been empty for the room-cleanup time; joining makes it active again. */
  PAUSED,
  /** Ended by a deal, a walk-away or a dev completion. */
  COMPLETED,
  /** Its time or round limit passed. */
  EXPIRED;

  public boolean isFinal() {
    return this == COMPLETED || this == EXPIRED;
  }
}
