package dev.parley.domain.usecase;

import dev.parley.domain.negotiation.FinalScore;
import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.MoveValidation;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Result;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.scoring.ScoreOverride;
import dev.parley.domain.scoring.Scoring;
import dev.parley.domain.terms.Terms;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Completing a negotiation: by a deal (one side accepts the other's complete offer), by a
 * walk-away, or by the dev event (when dev mode is on), each with its final score.
 */
public final class CompletingANegotiation {

  private final NegotiationLedger ledger;
  private final Settings settings;

  public CompletingANegotiation(Ports ports, Settings settings, Scoring scoring) {
    this(new NegotiationLedger(ports, scoring), settings);
  }

  CompletingANegotiation(NegotiationLedger ledger, Settings settings) {
    this.ledger = ledger;
    this.settings = settings;
  }

  /**
   * The dev event: complete now, agreed on the table's terms when {@code success}, scores
   * overridable.
   */
  public Result<Negotiation> forDevelopment(
      Caller caller, UUID negotiationId, boolean success, ScoreOverride override) {
    if (!settings.devMode()) {
      return ledger.audited(
          caller,
          "dev-complete-negotiation",
          negotiationId,
          Result.refused(ErrorCode.DEV_DISABLED, "Dev events are disabled"));
    }
    Result<Negotiation> result =
        ledger
            .owned(caller, negotiationId)
            .then(
                owned ->
                    ledger.updateOrExpire(
                        negotiationId,
                        current ->
                            ledger
                                .scenarioOf(current)
                                .then(
                                    scenario -> {
                                      Optional<Terms> deal =
                                          Optional.of(current.onTable())
                                              .filter(terms -> success && scenario.complete(terms));
                                      FinalScore score =
                                          Scoring.override(
                                              ledger.score(scenario, current, deal, List.of()),
                                              override);
                                      return current.completeForDevelopment(
                                          deal.isPresent(), score, ledger.now());
                                    })));
    return ledger.audited(caller, "dev-complete-negotiation", negotiationId, result);
  }

  /** The change in which {@code accepting} accepts the other side's offer, scored as the deal. */
  Result<Negotiation> byDeal(Negotiation negotiation, Side accepting, List<Message> pending) {
    return ledger
        .scenarioOf(negotiation)
        .then(
            scenario ->
                MoveValidation.check(new Move.Accept(), accepting, scenario, negotiation)
                    .then(
                        legal ->
                            negotiation.agree(
                                accepting,
                                ledger.score(
                                    scenario,
                                    negotiation,
                                    Optional.of(negotiation.onTable()),
                                    pending),
                                ledger.now())));
  }

  /** The change in which {@code side} walks away, scored without a deal. */
  Result<Negotiation> byWalkAway(Negotiation negotiation, Side side, List<Message> pending) {
    return ledger
        .scenarioOf(negotiation)
        .then(
            scenario ->
                negotiation.walkAway(
                    side,
                    ledger.score(scenario, negotiation, Optional.empty(), pending),
                    ledger.now()));
  }
}
