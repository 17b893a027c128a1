package dev.parley.domain.usecase;

import dev.parley.domain.debrief.Debrief;
import dev.parley.domain.debrief.Debriefing;
import dev.parley.domain.debrief.Ending;
import dev.parley.domain.negotiation.FinalScore;
import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.port.AuditEvent;
import dev.parley.domain.port.NegotiationRepository.SaveOutcome;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Result;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scoring.Scoring;
import dev.parley.domain.terms.Terms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * What every use case does with a negotiation: find it for its owner only, change it with an
 * optimistic retry, expire it when its limits have passed, score it, announce visible changes, and
 * write the audit trail.
 */
final class NegotiationLedger {

  private static final int SAVE_ATTEMPTS = 3;
  private static final String SYSTEM = "system";

  private final Ports ports;
  private final Scoring scoring;
  private final Debriefing debriefing;

  NegotiationLedger(Ports ports, Scoring scoring) {
    this.ports = Objects.requireNonNull(ports, "ports");
    this.scoring = Objects.requireNonNull(scoring, "scoring");
    this.debriefing = new Debriefing(scoring);
  }

  Ports ports() {
    return ports;
  }

  Instant now() {
    return ports.clock().instant();
  }

  /** The negotiation if it belongs to the caller; another user's is reported as not found. */
  Result<Negotiation> owned(Caller caller, UUID negotiationId) {
    if (negotiationId == null) {
      return Result.refused(ErrorCode.INVALID_PAYLOAD, "negotiation_id is required");
    }
    return ports
        .negotiations()
        .findByIdAndOwner(negotiationId, caller.userId())
        .<Result<Negotiation>>map(Result::ok)
        .orElseGet(() -> Result.refused(ErrorCode.NEGOTIATION_NOT_FOUND, "Negotiation not found"));
  }

  Result<Scenario> scenarioOf(Negotiation negotiation) {
    return ports
        .scenarios()
        .find(negotiation.scenarioId())
        .<Result<Scenario>>map(Result::ok)
        .orElseGet(
            () ->
                Result.refused(
                    ErrorCode.INTERNAL_ERROR,
                    "The scenario of this negotiation is no longer available"));
  }

  /**
   * The final score with {@code deal}, reading the stored transcript plus {@code pending} messages.
   */
  FinalScore score(
      Scenario scenario, Negotiation negotiation, Optional<Terms> deal, List<Message> pending) {
    List<Message> transcript = new ArrayList<>(ports.messages().transcript(negotiation.id()));
    transcript.addAll(pending);
    return scoring.score(scenario, deal, transcript);
  }

  /** The change that ends an over-limit negotiation as expired. */
  Result<Negotiation> expire(Negotiation negotiation) {
    return scenarioOf(negotiation)
        .then(
            scenario ->
                negotiation.expire(
                    score(scenario, negotiation, Optional.empty(), List.of()), now()));
  }

  /**
   * Applies {@code change} to the stored negotiation and saves it, retrying on a concurrent save. A
   * negotiation found over its limits is expired (and announced) instead, and the change refused
   * with NEGOTIATION_EXPIRED. A change that returns the negotiation unchanged saves nothing.
   */
  Result<Negotiation> updateOrExpire(
      UUID negotiationId, Function<Negotiation, Result<Negotiation>> change) {
    return update(negotiationId, change, true);
  }

  /** Applies {@code change} and saves, retrying on a concurrent save; no expiry check. */
  Result<Negotiation> update(
      UUID negotiationId, Function<Negotiation, Result<Negotiation>> change) {
    return update(negotiationId, change, false);
  }

  private Result<Negotiation> update(
      UUID negotiationId, Function<Negotiation, Result<Negotiation>> change, boolean expireFirst) {
    for (int attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
      Optional<Negotiation> stored = ports.negotiations().findById(negotiationId);
      if (stored.isEmpty()) {
        return Result.refused(ErrorCode.NEGOTIATION_NOT_FOUND, "Negotiation not found");
      }
      Negotiation current = stored.get();
      boolean expiring = expireFirst && current.dueForExpiry(now());
      Result<Negotiation> changed = expiring ? expire(current) : change.apply(current);
      if (!(changed instanceof Result.Ok<Negotiation>(Negotiation next))) {
        return changed;
      }
      if (next.equals(current)) {
        return changed;
      }
      switch (ports.negotiations().save(next)) {
        case SaveOutcome.Saved(Negotiation saved) -> {
          if (!current.status().isFinal() && saved.status().isFinal()) {
            Optional<Debrief> debrief = debriefOf(saved);
            debrief.ifPresent(written -> ports.debriefs().save(saved.id(), written));
            ports.room().negotiationEnded(saved, debrief);
          } else {
            announceIfVisible(current, saved);
          }
          if (expiring) {
            audit(
                Optional.empty(), SYSTEM, "", "expire", saved.id(), AuditEvent.OK, "limits passed");
            return Result.refused(
                ErrorCode.NEGOTIATION_EXPIRED, "This negotiation session has expired");
          }
          return Result.ok(saved);
        }
        case SaveOutcome.Conflict conflict -> {
          // Someone saved first: read again and re-apply the change to what they saved.
        }
        case SaveOutcome.Missing missing -> {
          return Result.refused(ErrorCode.NEGOTIATION_NOT_FOUND, "Negotiation not found");
        }
      }
    }
    return Result.refused(
        ErrorCode.INTERNAL_ERROR, "The negotiation is changing too fast; please try again");
  }

  /**
   * The debrief of a finished negotiation, from its stored transcript; empty when its scenario is
   * no longer offered.
   */
  Optional<Debrief> debriefOf(Negotiation ended) {
    if (!(scenarioOf(ended) instanceof Result.Ok<Scenario>(Scenario scenario))) {
      return Optional.empty();
    }
    Optional<dev.parley.domain.negotiation.DealTerms> dealTerms = ended.dealTerms();
    Optional<Terms> deal =
        dealTerms.filter(dev.parley.domain.negotiation.DealTerms::agreed).map(d -> d.terms());
    Ending ending =
        ended.status() == dev.parley.domain.negotiation.NegotiationStatus.EXPIRED
            ? Ending.EXPIRED
            : deal.isPresent()
                ? Ending.DEAL
                : dealTerms
                    .flatMap(dev.parley.domain.negotiation.DealTerms::walkedAwayBy)
                    .map(
                        side ->
                            side == dev.parley.domain.scenario.Side.PERSON
                                ? Ending.PERSON_WALKED_AWAY
                                : Ending.PERSONA_WALKED_AWAY)
                    .orElse(Ending.ENDED_WITHOUT_DEAL);
    List<Message> transcript = ports.messages().transcript(ended.id());
    FinalScore score =
        ended.finalScore().orElseGet(() -> scoring.score(scenario, deal, transcript));
    return Optional.of(debriefing.of(scenario, ending, deal, transcript, score));
  }

  private void announceIfVisible(Negotiation before, Negotiation after) {
    if (before.status() != after.status()
        || before.phase() != after.phase()
        || !before.onTable().equals(after.onTable())
        || !before.dealTerms().equals(after.dealTerms())) {
      ports.room().negotiationUpdate(after);
    }
  }

  /**
   * The negotiation if it accepts messages now. One over its limits is expired on the spot (saved
   * and announced) and refused with NEGOTIATION_EXPIRED.
   */
  Result<Negotiation> activeNow(Negotiation negotiation) {
    if (negotiation.dueForExpiry(now())) {
      return updateOrExpire(negotiation.id(), Result::ok);
    }
    return negotiation.acceptingMessages(now());
  }

  /** Takes one of the user's messages per window, or refuses with the time to wait. */
  Result<Negotiation> withinMessageRate(Caller caller, Settings settings, Negotiation negotiation) {
    return switch (ports
        .rateLimiter()
        .tryAcquire(
            "messages:" + caller.userId(),
            settings.messagesPerWindow(),
            settings.messageWindow())) {
      case dev.parley.domain.port.RateLimiter.Decision.Allowed allowed -> Result.ok(negotiation);
      case dev.parley.domain.port.RateLimiter.Decision.Limited limited ->
          Result.refused(dev.parley.domain.result.Rejection.rateLimited(limited.retryAfter()));
    };
  }

  /** Stores a message and tells the room. */
  Message append(
      UUID negotiationId,
      dev.parley.domain.negotiation.Sender sender,
      String content,
      Optional<dev.parley.domain.negotiation.AiMetadata> aiMetadata,
      Terms proposal) {
    return append(negotiationId, sender, content, aiMetadata, proposal, Optional.empty());
  }

  /** Stores a message with what the reader took it for, and tells the room. */
  Message append(
      UUID negotiationId,
      dev.parley.domain.negotiation.Sender sender,
      String content,
      Optional<dev.parley.domain.negotiation.AiMetadata> aiMetadata,
      Terms proposal,
      Optional<dev.parley.domain.negotiation.ReadAs> readAs) {
    return append(ports.ids().next(), negotiationId, sender, content, aiMetadata, proposal, readAs);
  }

  /** Stores a message under {@code id} with what the reader took it for, and tells the room. */
  Message append(
      UUID id,
      UUID negotiationId,
      dev.parley.domain.negotiation.Sender sender,
      String content,
      Optional<dev.parley.domain.negotiation.AiMetadata> aiMetadata,
      Terms proposal,
      Optional<dev.parley.domain.negotiation.ReadAs> readAs) {
    Message stored =
        ports
            .messages()
            .append(
                new dev.parley.domain.negotiation.NewMessage(
                    id, negotiationId, sender, content, aiMetadata, proposal, now(), readAs));
    if (sender == dev.parley.domain.negotiation.Sender.AI) {
      ports.room().aiMessage(stored);
    } else {
      ports.room().messageReceived(stored);
    }
    return stored;
  }

  /** Records the outcome of a caller's event in the audit trail and passes the result on. */
  /**
   * The person ends an active negotiation they own with {@code ending} (a deal or a walk-away);
   * audited as {@code event}.
   */
  Result<Negotiation> endedByThePerson(
      Caller caller,
      UUID negotiationId,
      String event,
      Function<Negotiation, Result<Negotiation>> ending) {
    Result<Negotiation> result =
        owned(caller, negotiationId)
            .then(
                owned ->
                    updateOrExpire(
                        negotiationId,
                        current -> current.acceptingMessages(now()).then(ending::apply)));
    return audited(caller, event, negotiationId, result);
  }

  <T> Result<T> audited(Caller caller, String event, UUID negotiationId, Result<T> result) {
    String outcome =
        switch (result) {
          case Result.Ok<T> ok -> AuditEvent.OK;
          case Result.Refused<T> refused -> refused.rejection().code().name();
        };
    String detail =
        switch (result) {
          case Result.Ok<T> ok -> "";
          case Result.Refused<T> refused -> refused.rejection().message();
        };
    audit(
        Optional.of(caller.userId()),
        caller.socketId(),
        caller.ip(),
        event,
        negotiationId,
        outcome,
        detail);
    return result;
  }

  /** Records something the system did by itself (expiry, pausing, the AI's turn). */
  void auditSystem(String event, UUID negotiationId, String outcome, String detail) {
    audit(Optional.empty(), SYSTEM, "", event, negotiationId, outcome, detail);
  }

  private void audit(
      Optional<UUID> userId,
      String socketId,
      String ip,
      String event,
      UUID negotiationId,
      String outcome,
      String detail) {
    ports
        .audit()
        .record(
            new AuditEvent(
                userId,
                socketId,
                ip,
                event,
                Optional.ofNullable(negotiationId),
                outcome,
                detail,
                now()));
  }
}
