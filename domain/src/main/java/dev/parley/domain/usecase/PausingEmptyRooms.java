package dev.parley.domain.usecase;

import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.negotiation.NegotiationStatus;
import dev.parley.domain.port.AuditEvent;
import dev.parley.domain.result.Result;
import dev.parley.domain.scoring.Scoring;
import java.util.UUID;

/**
 * Pausing empty rooms: the transport calls this when a negotiation's room has stayed empty for the
 * room-cleanup time (5 minutes); an active negotiation whose room is still empty across all nodes
 * is paused. Someone who joined in the meantime keeps it active.
 */
public final class PausingEmptyRooms {

  private final NegotiationLedger ledger;

  public PausingEmptyRooms(Ports ports, Scoring scoring) {
    this.ledger = new NegotiationLedger(ports, scoring);
  }

  public Result<Negotiation> pauseIfStillEmpty(UUID negotiationId) {
    Result<Negotiation> result =
        ledger.updateOrExpire(
            negotiationId,
            current ->
                current.status() == NegotiationStatus.ACTIVE
                        && ledger.ports().presence().participantCount(negotiationId) == 0
                    ? current.pause(ledger.now())
                    : Result.ok(current));
    if (result instanceof Result.Ok<Negotiation>(Negotiation negotiation)
        && negotiation.status() == NegotiationStatus.PAUSED) {
      ledger.auditSystem("pause", negotiationId, AuditEvent.OK, "room empty");
    }
    return result;
  }
}
