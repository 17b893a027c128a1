package dev.parley.domain.usecase;

import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.negotiation.PendingConfirmation;
import dev.parley.domain.result.Result;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.scoring.Scoring;
import java.util.List;
import java.util.UUID;

/**
 * Accepting terms: the person accepts the persona's complete offer on the table, or confirms the
 * package the AI restated (which may be the person's own, accepted by the persona); a deal, scored.
 */
public final class AcceptingTerms {

  private final NegotiationLedger ledger;
  private final CompletingANegotiation completing;
  private final Confirmations confirmations;

  public AcceptingTerms(Ports ports, Settings settings, Scoring scoring) {
    this.ledger = new NegotiationLedger(ports, scoring);
    this.completing = new CompletingANegotiation(ledger, settings);
    this.confirmations = new Confirmations(ledger, completing);
  }

  public Result<Negotiation> accept(Caller caller, UUID negotiationId) {
    return ledger.endedByThePerson(
        caller,
        negotiationId,
        "accept-terms",
        active ->
            confirmations
                .awaited(active)
                .filter(PendingConfirmation.Deal.class::isInstance)
                .map(restated -> confirmations.carryOut(restated, active))
                .orElseGet(() -> completing.byDeal(active, Side.PERSON, List.of())));
  }
}
