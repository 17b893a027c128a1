package dev.parley.domain.negotiation;

import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Result;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.terms.Terms;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The negotiation aggregate. Immutable: every transition returns a changed copy, or a refusal as a
 * value. Status rules: only {@link NegotiationStatus#ACTIVE} accepts messages and moves; an active
 * one pauses when its room stays empty and is active again on join; it completes by a deal, a
 * walk-away or a dev completion; it expires when its time or round limit passes.
 *
 * <p>{@code onTable} is the package currently proposed, {@code tabledBy} who proposed it last;
 * {@code rounds} counts completed exchanges (a move of the person answered by the persona); {@code
 * version} is for optimistic concurrency in {@code NegotiationRepository.save}.
 */
public record Negotiation(
    UUID id,
    UUID userId,
    String scenarioId,
    String personaId,
    NegotiationStatus status,
    Phase phase,
    int rounds,
    int roundLimit,
    Terms onTable,
    Optional<Side> tabledBy,
    Optional<DealTerms> dealTerms,
    Optional<FinalScore> finalScore,
    Instant createdAt,
    Instant updatedAt,
    Instant expiresAt,
    long version) {

  public Negotiation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(scenarioId, "scenarioId");
    Objects.requireNonNull(personaId, "personaId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(onTable, "onTable");
    Objects.requireNonNull(tabledBy, "tabledBy");
    Objects.requireNonNull(dealTerms, "dealTerms");
    Objects.requireNonNull(finalScore, "finalScore");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (rounds < 0 || roundLimit < 1) {
      throw new IllegalArgumentException("rounds must be >= 0 and the round limit >= 1");
    }
  }

  /** A new active negotiation of {@code userId} on {@code scenario} against {@code personaId}. */
  public static Negotiation start(
      UUID id, UUID userId, Scenario scenario, String personaId, Instant now) {
    return new Negotiation(
        id,
        userId,
        scenario.id(),
        personaId,
        NegotiationStatus.ACTIVE,
        Phase.OPENING,
        0,
        scenario.roundLimit(),
        Terms.NONE,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        now,
        now,
        now.plus(scenario.timeLimit()),
        0);
  }

  public boolean ownedBy(UUID candidate) {
    return userId.equals(candidate);
  }

  /** True when the time or round limit has passed. */
  public boolean limitPassed(Instant now) {
    return !now.isBefore(expiresAt) || rounds >= roundLimit;
  }

  /** True when this negotiation is still open but its time or round limit has passed. */
  public boolean dueForExpiry(Instant now) {
    return !status.isFinal() && limitPassed(now);
  }

  /** This negotiation if it accepts messages and moves now, else why not. */
  public Result<Negotiation> acceptingMessages(Instant now) {
    if (status == NegotiationStatus.EXPIRED || dueForExpiry(now)) {
      return Result.refused(ErrorCode.NEGOTIATION_EXPIRED, "This negotiation session has expired");
    }
    if (status != NegotiationStatus.ACTIVE) {
      return Result.refused(
          ErrorCode.NEGOTIATION_NOT_ACTIVE,
          "This negotiation is " + status.name().toLowerCase(java.util.Locale.ROOT));
    }
    return Result.ok(this);
  }

  /** ACTIVE to PAUSED, when its room has stayed empty. */
  public Result<Negotiation> pause(Instant now) {
    return acceptingMessages(now).map(active -> active.withStatus(NegotiationStatus.PAUSED, now));
  }

  /** PAUSED to ACTIVE on join; an active negotiation stays as it is. */
  public Result<Negotiation> resume(Instant now) {
    if (status == NegotiationStatus.PAUSED && !limitPassed(now)) {
      return Result.ok(withStatus(NegotiationStatus.ACTIVE, now));
    }
    return acceptingMessages(now);
  }

  /** {@code side} puts {@code terms} on the table, laid over what was there. */
  public Result<Negotiation> table(Side side, Terms terms, Instant now) {
    if (terms.isEmpty()) {
      return Result.refused(ErrorCode.INVALID_PAYLOAD, "A proposal needs at least one term");
    }
    return acceptingMessages(now)
        .map(
            active ->
                active
                    .copy(
                        status,
                        phase.atLeast(Phase.DISCUSSION),
                        rounds,
                        onTable.with(terms),
                        Optional.of(side),
                        dealTerms,
                        finalScore)
                    .touched(now));
  }

  /**
   * The persona has answered: one more round, and the phase it reported (never moving back; the
   * last round is always closing).
   */
  public Result<Negotiation> completeRound(Phase reported, Instant now) {
    return acceptingMessages(now)
        .map(
            active -> {
              int played = rounds + 1;
              Phase next = phase.atLeast(reported);
              if (played >= roundLimit - 1) {
                next = Phase.CLOSING;
              }
              return copy(status, next, played, onTable, tabledBy, dealTerms, finalScore)
                  .touched(now);
            });
  }

  /** {@code side} accepts what the other side has on the table: COMPLETED with a deal. */
  public Result<Negotiation> agree(Side side, FinalScore score, Instant now) {
    return acceptingMessages(now)
        .then(
            active -> {
              if (onTable.isEmpty() || tabledBy.isEmpty() || tabledBy.get() == side) {
                return Result.refused(
                    ErrorCode.INVALID_PAYLOAD,
                    "There is no proposal from the other side to accept");
              }
              return Result.ok(complete(DealTerms.agreed(onTable), score, now));
            });
  }

  /** {@code side} walks away: COMPLETED without agreement. */
  public Result<Negotiation> walkAway(Side side, FinalScore score, Instant now) {
    Objects.requireNonNull(side, "side");
    return acceptingMessages(now)
        .map(active -> complete(DealTerms.walkedAway(side, onTable), score, now));
  }

  /** The dev completion: ACTIVE or PAUSED to COMPLETED, agreed on the table's terms or not. */
  public Result<Negotiation> completeForDevelopment(boolean agreed, FinalScore score, Instant now) {
    if (status == NegotiationStatus.PAUSED && !limitPassed(now)) {
      return Result.ok(completeWith(agreed, score, now));
    }
    return acceptingMessages(now).map(active -> completeWith(agreed, score, now));
  }

  /** ACTIVE or PAUSED to EXPIRED, once the time or round limit has passed. */
  public Result<Negotiation> expire(FinalScore score, Instant now) {
    if (status.isFinal()) {
      return Result.refused(
          status == NegotiationStatus.EXPIRED
              ? ErrorCode.NEGOTIATION_EXPIRED
              : ErrorCode.NEGOTIATION_NOT_ACTIVE,
          "This negotiation has already ended");
    }
    if (!limitPassed(now)) {
      return Result.refused(ErrorCode.INVALID_PAYLOAD, "This negotiation is within its limits");
    }
    return Result.ok(
        copy(
                NegotiationStatus.EXPIRED,
                phase,
                rounds,
                onTable,
                tabledBy,
                Optional.of(DealTerms.noAgreement(onTable)),
                Optional.of(score))
            .touched(now));
  }

  /** The same negotiation as stored with {@code newVersion}; for repositories. */
  public Negotiation withVersion(long newVersion) {
    return restamped(updatedAt, newVersion);
  }

  private Negotiation completeWith(boolean agreed, FinalScore score, Instant now) {
    return complete(
        agreed ? DealTerms.agreed(onTable) : DealTerms.noAgreement(onTable), score, now);
  }

  private Negotiation complete(DealTerms deal, FinalScore score, Instant now) {
    return copy(
            NegotiationStatus.COMPLETED,
            Phase.CLOSING,
            rounds,
            onTable,
            tabledBy,
            Optional.of(deal),
            Optional.of(score))
        .touched(now);
  }

  private Negotiation withStatus(NegotiationStatus next, Instant now) {
    return copy(next, phase, rounds, onTable, tabledBy, dealTerms, finalScore).touched(now);
  }

  private Negotiation touched(Instant now) {
    return restamped(now, version);
  }

  private Negotiation restamped(Instant updated, long newVersion) {
    return new Negotiation(
        id,
        userId,
        scenarioId,
        personaId,
        status,
        phase,
        rounds,
        roundLimit,
        onTable,
        tabledBy,
        dealTerms,
        finalScore,
        createdAt,
        updated,
        expiresAt,
        newVersion);
  }

  private Negotiation copy(
      NegotiationStatus nextStatus,
      Phase nextPhase,
      int nextRounds,
      Terms nextOnTable,
      Optional<Side> nextTabledBy,
      Optional<DealTerms> nextDeal,
      Optional<FinalScore> nextScore) {
    return new Negotiation(
        id,
        userId,
        scenarioId,
        personaId,
        nextStatus,
        nextPhase,
        nextRounds,
        roundLimit,
        nextOnTable,
        nextTabledBy,
        nextDeal,
        nextScore,
        createdAt,
        updatedAt,
        expiresAt,
        version);
  }
}
