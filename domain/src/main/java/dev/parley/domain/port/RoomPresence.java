package dev.parley.domain.port;

import java.util.UUID;

/**
 * Who is in a negotiation's room right now, across all nodes. The transport records each connection
 * that enters or leaves a room; a connection is any string unique within the cluster's lifetime (a
 * Socket.IO socket id).
 */
public interface RoomPresence {
  int participantCount(UUID negotiationId);

  /** {@code connectionId} is now in the negotiation's room; entering twice counts once. */
  void entered(UUID negotiationId, String connectionId);

  /** {@code connectionId} left the negotiation's room (or never was in it). */
  void left(UUID negotiationId, String connectionId);
}
