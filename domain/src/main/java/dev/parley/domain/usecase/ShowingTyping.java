package dev.parley.domain.usecase;

import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.result.Result;
import dev.parley.domain.scoring.Scoring;
import java.util.UUID;

/**
 * Showing that the person is typing (or stopped): only in their own negotiation, whose room the
 * transport then tells. Nothing is stored but the audit line; another user's negotiation is not
 * found.
 */
public final class ShowingTyping {

  private final NegotiationLedger ledger;

  public ShowingTyping(Ports ports, Scoring scoring) {
    this.ledger = new NegotiationLedger(ports, scoring);
  }

  public Result<Negotiation> typing(Caller caller, UUID negotiationId, boolean typing) {
    return ledger.audited(
        caller,
        typing ? "typing-start" : "typing-stop",
        negotiationId,
        ledger.owned(caller, negotiationId));
  }
}
