package dev.parley.domain.usecase;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.negotiation.NegotiationStatus;
import dev.parley.domain.result.Result;
import dev.parley.domain.scoring.Scoring;
import java.util.List;
import java.util.UUID;

/**
 * Joining a negotiation: its owner gets its state and the last messages (oldest first); a paused
 * negotiation becomes active again, one over its limits is expired first. Ended negotiations can
 * still be joined to read their result.
 */
public final class JoiningANegotiation {

  /** The state to send the joining socket, with the last messages and whether older ones exist. */
  public record Joined(Negotiation negotiation, List<Message> history, boolean hasMore) {
    public Joined {
      history = List.copyOf(history);
    }
  }

  private final NegotiationLedger ledger;
  private final Settings settings;

  public JoiningANegotiation(Ports ports, Settings settings, Scoring scoring) {
    this.ledger = new NegotiationLedger(ports, scoring);
    this.settings = settings;
  }

  public Result<Joined> join(Caller caller, UUID negotiationId) {
    Result<Joined> result =
        ledger
            .owned(caller, negotiationId)
            .then(
                owned ->
                    ledger.update(
                        negotiationId,
                        current -> {
                          if (current.dueForExpiry(ledger.now())) {
                            return ledger.expire(current);
                          }
                          return current.status() == NegotiationStatus.PAUSED
                              ? current.resume(ledger.now())
                              : Result.ok(current);
                        }))
            .map(this::withHistory);
    return ledger.audited(caller, "join-negotiation", negotiationId, result);
  }

  private Joined withHistory(Negotiation negotiation) {
    List<Message> history =
        ledger.ports().messages().last(negotiation.id(), settings.historyOnJoin());
    long total = ledger.ports().messages().count(negotiation.id());
    return new Joined(negotiation, history, total > history.size());
  }
}
