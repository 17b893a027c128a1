package dev.parley.domain.negotiation;

import static dev.parley.domain.negotiation.NegotiationStatus.ACTIVE;
import static dev.parley.domain.negotiation.NegotiationStatus.COMPLETED;
import static dev.parley.domain.negotiation.NegotiationStatus.EXPIRED;
import static dev.parley.domain.negotiation.NegotiationStatus.PAUSED;
import static dev.parley.domain.result.ErrorCode.INVALID_PAYLOAD;
import static dev.parley.domain.result.ErrorCode.NEGOTIATION_EXPIRED;
import static dev.parley.domain.result.ErrorCode.NEGOTIATION_NOT_ACTIVE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Result;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.scenario.TestScenarios;
import dev.parley.domain.terms.Terms;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NegotiationTransitionsTest {

  static final Instant START = Instant.parse("2026-01-05T10:00:00Z");
  static final Instant WITHIN = START.plus(Duration.ofMinutes(5));
  static final Instant AFTER_TIME = START.plus(Duration.ofHours(2));
  static final FinalScore SCORE = FinalScore.of(50, 50, 50);
  static final Terms OFFER = Terms.of(Map.of("salary", 80_000.0));

  static Negotiation fresh() {
    return Negotiation.start(
        UUID.randomUUID(),
        UUID.randomUUID(),
        TestScenarios.catalogue().find("salary-offer").orElseThrow(),
        "steady",
        START);
  }

  static Negotiation in(NegotiationStatus status) {
    Negotiation active = ok(fresh().table(Side.PERSONA, OFFER, START));
    return switch (status) {
      case ACTIVE -> active;
      case PAUSED -> ok(active.pause(START));
      case COMPLETED -> ok(active.walkAway(Side.PERSON, SCORE, START));
      case EXPIRED -> ok(active.expire(SCORE, AFTER_TIME));
    };
  }

  static <T> T ok(Result<T> result) {
    assertThat(result).isInstanceOf(Result.Ok.class);
    return ((Result.Ok<T>) result).value();
  }

  enum Action {
    PAUSE,
    RESUME,
    TABLE,
    COMPLETE_ROUND,
    AGREE,
    WALK_AWAY,
    DEV_COMPLETE,
    EXPIRE;

    Result<Negotiation> applyTo(Negotiation n, Instant now) {
      return switch (this) {
        case PAUSE -> n.pause(now);
        case RESUME -> n.resume(now);
        case TABLE -> n.table(Side.PERSON, OFFER, now);
        case COMPLETE_ROUND -> n.completeRound(Phase.DISCUSSION, now);
        case AGREE -> n.agree(Side.PERSON, SCORE, now);
        case WALK_AWAY -> n.walkAway(Side.PERSON, SCORE, now);
        case DEV_COMPLETE -> n.completeForDevelopment(true, SCORE, now);
        case EXPIRE -> n.expire(SCORE, now);
      };
    }
  }

  /** from, action, at, expected status (or null), expected refusal (or null). */
  static Stream<Arguments> table() {
    return Stream.of(
        row(ACTIVE, Action.PAUSE, WITHIN, PAUSED, null),
        row(ACTIVE, Action.RESUME, WITHIN, ACTIVE, null),
        row(ACTIVE, Action.TABLE, WITHIN, ACTIVE, null),
        row(ACTIVE, Action.COMPLETE_ROUND, WITHIN, ACTIVE, null),
        row(ACTIVE, Action.AGREE, WITHIN, COMPLETED, null),
        row(ACTIVE, Action.WALK_AWAY, WITHIN, COMPLETED, null),
        row(ACTIVE, Action.DEV_COMPLETE, WITHIN, COMPLETED, null),
        row(ACTIVE, Action.EXPIRE, WITHIN, null, INVALID_PAYLOAD),
        row(ACTIVE, Action.EXPIRE, AFTER_TIME, EXPIRED, null),
        row(ACTIVE, Action.TABLE, AFTER_TIME, null, NEGOTIATION_EXPIRED),
        row(ACTIVE, Action.PAUSE, AFTER_TIME, null, NEGOTIATION_EXPIRED),
        row(PAUSED, Action.RESUME, WITHIN, ACTIVE, null),
        row(PAUSED, Action.RESUME, AFTER_TIME, null, NEGOTIATION_EXPIRED),
        row(PAUSED, Action.PAUSE, WITHIN, null, NEGOTIATION_NOT_ACTIVE),
        row(PAUSED, Action.TABLE, WITHIN, null, NEGOTIATION_NOT_ACTIVE),
        row(PAUSED, Action.COMPLETE_ROUND, WITHIN, null, NEGOTIATION_NOT_ACTIVE),
        row(PAUSED, Action.AGREE, WITHIN, null, NEGOTIATION_NOT_ACTIVE),
        row(PAUSED, Action.WALK_AWAY, WITHIN, null, NEGOTIATION_NOT_ACTIVE),
        row(PAUSED, Action.DEV_COMPLETE, WITHIN, COMPLETED, null),
        row(PAUSED, Action.EXPIRE, AFTER_TIME, EXPIRED, null),
        row(PAUSED, Action.EXPIRE, WITHIN, null, INVALID_PAYLOAD),
        row(COMPLETED, Action.PAUSE, WITHIN, null, NEGOTIATION_NOT_ACTIVE),
        row(COMPLETED, Action.RESUME, WITHIN, null, NEGOTIATION_NOT_ACTIVE),
        row(COMPLETED, Action.TABLE, WITHIN, null, NEGOTIATION_NOT_ACTIVE),
        row(COMPLETED, Action.AGREE, WITHIN, null, NEGOTIATION_NOT_ACTIVE),
        row(COMPLETED, Action.WALK_AWAY, WITHIN, null, NEGOTIATION_NOT_ACTIVE),
        row(COMPLETED, Action.DEV_COMPLETE, WITHIN, null, NEGOTIATION_NOT_ACTIVE),
        row(COMPLETED, Action.EXPIRE, AFTER_TIME, null, NEGOTIATION_NOT_ACTIVE),
        row(EXPIRED, Action.PAUSE, AFTER_TIME, null, NEGOTIATION_EXPIRED),
        row(EXPIRED, Action.RESUME, AFTER_TIME, null, NEGOTIATION_EXPIRED),
        row(EXPIRED, Action.TABLE, AFTER_TIME, null, NEGOTIATION_EXPIRED),
        row(EXPIRED, Action.AGREE, AFTER_TIME, null, NEGOTIATION_EXPIRED),
        row(EXPIRED, Action.DEV_COMPLETE, AFTER_TIME, null, NEGOTIATION_EXPIRED),
        row(EXPIRED, Action.EXPIRE, AFTER_TIME, null, NEGOTIATION_EXPIRED));
  }

  static Arguments row(
      NegotiationStatus from,
      Action action,
      Instant at,
      NegotiationStatus expectedStatus,
      ErrorCode expectedRefusal) {
    return Arguments.of(from, action, at, expectedStatus, expectedRefusal);
  }

  @ParameterizedTest(name = "{0} --{1} at {2}--> {3} / {4}")
  @MethodSource("table")
  void transitions_follow_the_design(
      NegotiationStatus from,
      Action action,
      Instant at,
      NegotiationStatus expectedStatus,
      ErrorCode expectedRefusal) {
    Negotiation before = in(from);
    Result<Negotiation> result = action.applyTo(before, at);

    if (expectedRefusal == null) {
      assertThat(ok(result).status()).isEqualTo(expectedStatus);
    } else {
      assertThat(result)
          .isInstanceOfSatisfying(
              Result.Refused.class,
              refused -> assertThat(refused.rejection().code()).isEqualTo(expectedRefusal));
    }
  }

  @Test
  void only_active_accepts_messages() {
    for (NegotiationStatus status : NegotiationStatus.values()) {
      assertThat(in(status).acceptingMessages(WITHIN).isOk()).isEqualTo(status == ACTIVE);
    }
  }

  @Test
  void a_deal_keeps_the_other_sides_terms_and_the_score() {
    Negotiation done = ok(in(ACTIVE).agree(Side.PERSON, SCORE, WITHIN));

    assertThat(done.dealTerms()).contains(DealTerms.agreed(OFFER));
    assertThat(done.finalScore()).contains(SCORE);
    assertThat(done.phase()).isEqualTo(Phase.CLOSING);
    assertThat(done.updatedAt()).isEqualTo(WITHIN);
  }

  @Test
  void nobody_accepts_their_own_proposal() {
    Negotiation personProposed = ok(fresh().table(Side.PERSON, OFFER, START));

    assertThat(personProposed.agree(Side.PERSON, SCORE, WITHIN).isOk()).isFalse();
    assertThat(fresh().agree(Side.PERSON, SCORE, WITHIN).isOk()).isFalse();
  }

  @Test
  void reaching_the_round_limit_makes_it_due_for_expiry() {
    Negotiation negotiation = in(ACTIVE);
    for (int i = 0; i < negotiation.roundLimit(); i++) {
      assertThat(negotiation.dueForExpiry(WITHIN)).isFalse();
      negotiation = ok(negotiation.completeRound(Phase.DISCUSSION, WITHIN));
    }

    assertThat(negotiation.dueForExpiry(WITHIN)).isTrue();
    assertThat(negotiation.phase()).isEqualTo(Phase.CLOSING);
    assertThat(ok(negotiation.expire(SCORE, WITHIN)).status()).isEqualTo(EXPIRED);
  }

  @Test
  void the_phase_never_moves_back_and_a_proposal_opens_the_discussion() {
    Negotiation discussing = in(ACTIVE);
    assertThat(discussing.phase()).isEqualTo(Phase.DISCUSSION);

    Negotiation after = ok(discussing.completeRound(Phase.OPENING, WITHIN));

    assertThat(after.phase()).isEqualTo(Phase.DISCUSSION);
    assertThat(after.rounds()).isEqualTo(1);
  }

  @Test
  void proposals_lay_over_the_table_and_record_who_tabled_them() {
    Negotiation negotiation =
        ok(in(ACTIVE).table(Side.PERSON, Terms.of(Map.of("vacation", 25.0)), WITHIN));

    assertThat(negotiation.onTable().values())
        .containsEntry("salary", 80_000.0)
        .containsEntry("vacation", 25.0);
    assertThat(negotiation.tabledBy()).isEqualTo(Optional.of(Side.PERSON));
  }

  @Test
  void the_seeds_scores_give_82_overall() {
    assertThat(FinalScore.of(85, 70, 90).overall()).isEqualTo(82);
  }
}
