package dev.parley.domain.port;

import dev.parley.domain.debrief.Debrief;
import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Negotiation;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * What the use cases tell everyone in a negotiation's room; the transport turns these into the
 * contract's events ({@code message-received}, {@code ai-typing}, {@code ai-message}, {@code
 * negotiation-update}).
 */
public interface RoomEvents {

  /** A message of the person was stored. */
  void messageReceived(Message message);

  /** The AI started ({@code typing}, with an estimate) or stopped composing its answer. */
  void aiTyping(UUID negotiationId, boolean typing, Duration estimatedTime);

  /** An AI message was stored. */
  void aiMessage(Message message);

  /** The status, phase, table, deal terms or final score changed. */
  void negotiationUpdate(Negotiation negotiation);

  /**
   * The negotiation ended (deal, walk-away, expiry) with this debrief; a transport that has no use
   * for the debrief announces the update alone.
   */
  default void negotiationEnded(Negotiation negotiation, Optional<Debrief> debrief) {
    negotiationUpdate(negotiation);
  }
}
