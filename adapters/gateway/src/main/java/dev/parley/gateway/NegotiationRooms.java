package dev.parley.gateway;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.port.RoomEvents;
import dev.parley.domain.port.RoomPresence;
import dev.parley.socketio.Namespace;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * The domain's room ports over a Socket.IO namespace: each negotiation has the room {@code
 * negotiation-<id>}; what the use cases announce is emitted there as the contract's events, and the
 * room's size is its participant count (across nodes when the namespace's adapter spans them).
 */
public final class NegotiationRooms implements RoomEvents, RoomPresence {

  private final Namespace namespace;

  public NegotiationRooms(Namespace namespace) {
    this.namespace = Objects.requireNonNull(namespace, "namespace");
  }

  /** The Socket.IO room of a negotiation. */
  public static String roomOf(UUID negotiationId) {
    return "negotiation-" + negotiationId;
  }

  @Override
  public void messageReceived(Message message) {
    namespace
        .to(roomOf(message.negotiationId()))
        .emit("message-received", ContractViews.message(message));
  }

  @Override
  public void aiTyping(UUID negotiationId, boolean typing, Duration estimatedTime) {
    namespace
        .to(roomOf(negotiationId))
        .emit("ai-typing", ContractViews.aiTyping(negotiationId, typing, estimatedTime.toMillis()));
  }

  @Override
  public void aiMessage(Message message) {
    namespace
        .to(roomOf(message.negotiationId()))
        .emit("ai-message", ContractViews.message(message));
  }

  @Override
  public void negotiationUpdate(Negotiation negotiation) {
    namespace
        .to(roomOf(negotiation.id()))
        .emit("negotiation-update", ContractViews.update(negotiation));
  }

  @Override
  public int participantCount(UUID negotiationId) {
    return namespace.adapter().roomSize(roomOf(negotiationId));
  }

  Namespace namespace() {
    return namespace;
  }
}
