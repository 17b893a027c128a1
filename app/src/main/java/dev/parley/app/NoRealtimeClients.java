package dev.parley.app;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.port.RoomEvents;
import dev.parley.domain.port.RoomPresence;
import java.time.Duration;
import java.util.UUID;

/**
 * The room ports while no Socket.IO server is wired into this process: no socket is in any room, so
 * there is no one to tell. The gateway's wiring replaces this with the real rooms.
 */
final class NoRealtimeClients implements RoomEvents, RoomPresence {
  @Override
  public void messageReceived(Message message) {}

  @Override
  public void aiTyping(UUID negotiationId, boolean typing, Duration estimatedTime) {}

  @Override
  public void aiMessage(Message message) {}

  @Override
  public void negotiationUpdate(Negotiation negotiation) {}

  @Override
  public int participantCount(UUID negotiationId) {
    return 0;
  }
}
