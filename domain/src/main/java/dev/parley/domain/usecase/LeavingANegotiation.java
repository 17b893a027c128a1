package dev.parley.domain.usecase;

import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.result.Result;
import dev.parley.domain.scoring.Scoring;
import java.util.UUID;

/**
 * Leaving a negotiation: its owner leaves the room (the transport does that on success). Nothing
 * changes in the negotiation; an emptied room is paused later by {@link PausingEmptyRooms}.
 */
public final class LeavingANegotiation {

  private final NegotiationLedger ledger;

  public LeavingANegotiation(Ports ports, Scoring scoring) {
    this.ledger = new NegotiationLedger(ports, scoring);
  }

  public Result<Negotiation> leave(Caller caller, UUID negotiationId) {
    return ledger.audited(
        caller, "leave-negotiation", negotiationId, ledger.owned(caller, negotiationId));
  }
}
