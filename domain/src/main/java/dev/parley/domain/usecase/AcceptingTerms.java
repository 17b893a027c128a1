package dev.parley.domain.usecase;

import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.result.Result;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.scoring.Scoring;
import java.util.List;
import java.util.UUID;

/**
 * Accepting terms: the person accepts the persona's complete offer on the table; a deal, scored.
 */
public final class AcceptingTerms {

  private final NegotiationLedger ledger;
  private final CompletingANegotiation completing;

  public AcceptingTerms(Ports ports, Settings settings, Scoring scoring) {
    this.ledger = new NegotiationLedger(ports, scoring);
    this.completing = new CompletingANegotiation(ledger, settings);
  }

  public Result<Negotiation> accept(Caller caller, UUID negotiationId) {
    return ledger.endedByThePerson(
        caller,
        negotiationId,
        "accept-terms",
        active -> completing.byDeal(active, Side.PERSON, List.of()));
  }
}
