package dev.parley.domain.usecase;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Result;
import dev.parley.domain.scoring.Scoring;
import java.util.List;
import java.util.UUID;

/**
 * Reading the history of one's own negotiation in pages: older messages before a sequence
 * (scrolling back), or newer ones after it (a client catching up after a reconnect). At most 100 a
 * page, oldest first.
 */
public final class ReadingTheHistory {

  static final int MAX_PAGE = 100;

  private final NegotiationLedger ledger;

  public ReadingTheHistory(Ports ports, Scoring scoring) {
    this.ledger = new NegotiationLedger(ports, scoring);
  }

  public Result<List<Message>> before(Caller caller, UUID negotiationId, long sequence, int n) {
    return page(caller, negotiationId, n)
        .map(size -> ledger.ports().messages().before(negotiationId, sequence, size));
  }

  public Result<List<Message>> after(Caller caller, UUID negotiationId, long sequence, int n) {
    return page(caller, negotiationId, n)
        .map(size -> ledger.ports().messages().after(negotiationId, sequence, size));
  }

  private Result<Integer> page(Caller caller, UUID negotiationId, int n) {
    if (n < 1) {
      return Result.refused(ErrorCode.INVALID_PAYLOAD, "A page has at least one message");
    }
    return ledger.owned(caller, negotiationId).map(owned -> Math.min(n, MAX_PAGE));
  }
}
