package dev.parley.domain.usecase;

import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.result.Result;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.scoring.Scoring;
import java.util.List;
import java.util.UUID;

/**
 * Walking away: the person ends the negotiation without a deal; scored on the relationship only.
 */
public final class WalkingAway {

  private final NegotiationLedger ledger;
  private final CompletingANegotiation completing;

  public WalkingAway(Ports ports, Settings settings, Scoring scoring) {
    this.ledger = new NegotiationLedger(ports, scoring);
    this.completing = new CompletingANegotiation(ledger, settings);
  }

  public Result<Negotiation> walkAway(Caller caller, UUID negotiationId) {
    return ledger.endedByThePerson(
        caller,
        negotiationId,
        "walk-away",
        active -> completing.byWalkAway(active, Side.PERSON, List.of()));
  }
}
