package dev.parley.domain.port;

import java.util.UUID;

/** How many sockets are in a negotiation's room right now, across all nodes. */
public interface RoomPresence {
  int participantCount(UUID negotiationId);
}
