package dev.parley.domain.usecase;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.MoveValidation;
import dev.parley.domain.result.Result;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.scoring.Scoring;
import dev.parley.domain.terms.Terms;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * Proposing terms: the structured move beside free text. The terms must name known issues with
 * values in range and on step; they go on the table, laid over what is there, and into the
 * transcript as the person's message. Counts against the message rate, since the persona answers
 * it.
 */
public final class ProposingTerms {

  /** The message recording the proposal, and the negotiation with the terms on the table. */
  public record Proposed(Message message, Negotiation negotiation) {}

  private final NegotiationLedger ledger;
  private final Settings settings;

  public ProposingTerms(Ports ports, Settings settings, Scoring scoring) {
    this.ledger = new NegotiationLedger(ports, scoring);
    this.settings = settings;
  }

  public Result<Proposed> propose(Caller caller, UUID negotiationId, Terms terms) {
    Move.CounterOffer offer = new Move.CounterOffer(terms == null ? Terms.NONE : terms);
    Result<Proposed> result =
        ledger
            .owned(caller, negotiationId)
            .then(ledger::activeNow)
            .then(
                active ->
                    ledger
                        .scenarioOf(active)
                        .then(
                            scenario ->
                                MoveValidation.check(offer, Side.PERSON, scenario, active)
                                    .then(
                                        legal -> ledger.withinMessageRate(caller, settings, active))
                                    .then(open -> table(scenario, open, offer.terms()))));
    return ledger.audited(caller, "propose-terms", negotiationId, result);
  }

  private Result<Proposed> table(Scenario scenario, Negotiation open, Terms terms) {
    Message stored =
        ledger.append(open.id(), Sender.USER, describe(scenario, terms), Optional.empty(), terms);
    return ledger
        .updateOrExpire(open.id(), current -> current.table(Side.PERSON, terms, ledger.now()))
        .map(negotiation -> new Proposed(stored, negotiation));
  }

  static String describe(Scenario scenario, Terms terms) {
    StringJoiner parts = new StringJoiner(", ", "I propose: ", ".");
    for (Map.Entry<String, Double> term : terms.values().entrySet()) {
      String label = scenario.issue(term.getKey()).map(Issue::label).orElse(term.getKey());
      double value = term.getValue();
      parts.add(
          label
              + " "
              + (value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value)));
    }
    return parts.toString();
  }
}
