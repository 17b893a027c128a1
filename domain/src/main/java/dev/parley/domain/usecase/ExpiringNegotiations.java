package dev.parley.domain.usecase;

import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.negotiation.NegotiationStatus;
import dev.parley.domain.port.AuditEvent;
import dev.parley.domain.result.Result;
import dev.parley.domain.scoring.Scoring;
import java.util.ArrayList;
import java.util.List;

/**
 * Expiring negotiations: every active or paused negotiation whose time limit has passed becomes
 * expired, is scored without a deal and announced. Run it periodically; negotiations that reach
 * their round limit, or are touched after their time, are expired on the spot by the other use
 * cases.
 */
public final class ExpiringNegotiations {

  static final int BATCH = 100;

  private final NegotiationLedger ledger;

  public ExpiringNegotiations(Ports ports, Scoring scoring) {
    this.ledger = new NegotiationLedger(ports, scoring);
  }

  /** Expires what is due now and returns the negotiations it expired. */
  public List<Negotiation> expireDue() {
    List<Negotiation> expired = new ArrayList<>();
    for (Negotiation candidate :
        ledger.ports().negotiations().listExpiringBy(ledger.now(), BATCH)) {
      Result<Negotiation> result =
          ledger.update(
              candidate.id(),
              current ->
                  current.dueForExpiry(ledger.now()) ? ledger.expire(current) : Result.ok(current));
      if (result instanceof Result.Ok<Negotiation>(Negotiation negotiation)
          && negotiation.status() == NegotiationStatus.EXPIRED
          && candidate.status() != NegotiationStatus.EXPIRED) {
        expired.add(negotiation);
        ledger.auditSystem("expire", negotiation.id(), AuditEvent.OK, "time limit passed");
      }
    }
    return expired;
  }
}
