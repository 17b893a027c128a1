package dev.parley.domain.usecase;

import dev.parley.domain.debrief.Debrief;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Result;
import dev.parley.domain.scoring.Scoring;
import java.util.UUID;

/**
 * The debrief of one of the caller's negotiations once it has ended: the one kept at its ending,
 * or, for a negotiation that ended before debriefs were kept, produced again from its transcript.
 */
public final class ReadingTheDebrief {

  private final NegotiationLedger ledger;

  public ReadingTheDebrief(Ports ports, Scoring scoring) {
    this.ledger = new NegotiationLedger(ports, scoring);
  }

  public Result<Debrief> debrief(Caller caller, UUID negotiationId) {
    return ledger
        .owned(caller, negotiationId)
        .then(
            negotiation -> {
              if (!negotiation.status().isFinal()) {
                return Result.refused(
                    ErrorCode.INVALID_PAYLOAD,
                    "The debrief is ready once the negotiation has ended");
              }
              return ledger
                  .ports()
                  .debriefs()
                  .find(negotiation.id())
                  .<Result<Debrief>>map(Result::ok)
                  .orElseGet(
                      () ->
                          ledger
                              .debriefOf(negotiation)
                              .<Result<Debrief>>map(Result::ok)
                              .orElseGet(
                                  () ->
                                      Result.refused(
                                          ErrorCode.INTERNAL_ERROR,
                                          "The scenario of this negotiation is no longer"
                                              + " available")));
            });
  }
}
