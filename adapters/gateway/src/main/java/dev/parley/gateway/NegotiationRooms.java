package dev.parley.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.domain.debrief.Debrief;
import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.port.RoomEvents;
import dev.parley.socketio.Namespace;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The domain's room events over a Socket.IO namespace: each negotiation has the room {@code
 * negotiation-<id>}; what the use cases announce is emitted there as the contract's events (to
 * every node when the namespace's adapter spans them).
 */
public final class NegotiationRooms implements RoomEvents {
  /**
   * How many negotiation rooms one connection may be in: a page shows one negotiation, a tab
   * switching between a few stays far below; one socket joined 2,000 (issue 17).
   */
  public static final int MAX_ROOMS_PER_SOCKET = 10;

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

  /** The final {@code negotiation-update}, with a compact summary of the debrief added. */
  @Override
  public void negotiationEnded(Negotiation negotiation, Optional<Debrief> debrief) {
    ObjectNode update = ContractViews.update(negotiation);
    debrief.ifPresent(written -> update.set("debrief", ContractViews.debriefSummary(written)));
    namespace.to(roomOf(negotiation.id())).emit("negotiation-update", update);
  }

  Namespace namespace() {
    return namespace;
  }
}
