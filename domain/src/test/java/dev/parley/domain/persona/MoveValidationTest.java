package dev.parley.domain.persona;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.negotiation.FinalScore;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Result;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.scenario.TestScenarios;
import dev.parley.domain.terms.Terms;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MoveValidationTest {

  static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
  final Scenario salary = TestScenarios.catalogue().find("salary-offer").orElseThrow();
  final Negotiation fresh =
      Negotiation.start(UUID.randomUUID(), UUID.randomUUID(), salary, "p", NOW);

  static Terms deal(double salary) {
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("salary", salary);
    values.put("signing_bonus", 5_000.0);
    values.put("start_date", 28.0);
    values.put("remote_days", 2.0);
    values.put("vacation", 25.0);
    return Terms.of(values);
  }

  Negotiation personProposed(Terms terms) {
    return ((Result.Ok<Negotiation>) fresh.table(Side.PERSON, terms, NOW)).value();
  }

  @Test
  void a_persona_may_accept_terms_within_its_limits() {
    Result<Move> result =
        MoveValidation.check(new Move.Accept(), Side.PERSONA, salary, personProposed(deal(90_000)));

    assertThat(result.isOk()).isTrue();
  }

  @Test
  void a_persona_never_accepts_below_its_reservation_value() {
    Result<Move> result =
        MoveValidation.check(new Move.Accept(), Side.PERSONA, salary, personProposed(deal(93_000)));

    assertRefused(result, "below its limits");
  }

  @Test
  void nobody_accepts_their_own_offer_or_an_empty_table() {
    assertRefused(
        MoveValidation.check(new Move.Accept(), Side.PERSON, salary, personProposed(deal(80_000))),
        "no offer from the other side");
    assertRefused(
        MoveValidation.check(new Move.Accept(), Side.PERSONA, salary, fresh),
        "no offer from the other side");
  }

  @Test
  void only_a_package_that_settles_every_issue_can_be_accepted() {
    Negotiation partial = personProposed(Terms.of(Map.of("salary", 80_000.0)));

    assertRefused(
        MoveValidation.check(new Move.Accept(), Side.PERSONA, salary, partial), "every issue");
  }

  @Test
  void offered_values_stay_in_range_and_on_step() {
    assertRefused(
        MoveValidation.check(new Move.CounterOffer(deal(130_000)), Side.PERSONA, salary, fresh),
        "between 60000 and 120000 in steps of 1000");
    assertRefused(
        MoveValidation.check(new Move.CounterOffer(deal(80_500)), Side.PERSONA, salary, fresh),
        "Salary");
    assertRefused(
        MoveValidation.check(
            new Move.CounterOffer(deal(80_000).with("stock_options", 1)),
            Side.PERSONA,
            salary,
            fresh),
        "Unknown issue");
    assertThat(
            MoveValidation.check(new Move.CounterOffer(deal(80_000)), Side.PERSONA, salary, fresh)
                .isOk())
        .isTrue();
  }

  @Test
  void a_persona_offer_settles_every_issue_but_the_person_may_offer_one_term() {
    Move.CounterOffer salaryOnly = new Move.CounterOffer(Terms.of(Map.of("salary", 85_000.0)));

    assertRefused(MoveValidation.check(salaryOnly, Side.PERSONA, salary, fresh), "every issue");
    assertThat(MoveValidation.check(salaryOnly, Side.PERSON, salary, fresh).isOk()).isTrue();
  }

  @Test
  void no_move_after_completion() {
    Negotiation completed =
        ((Result.Ok<Negotiation>) fresh.walkAway(Side.PERSON, FinalScore.of(0, 0, 50), NOW))
            .value();

    for (Move move :
        new Move[] {new Move.Talk(), new Move.Accept(), new Move.CounterOffer(deal(80_000))}) {
      assertRefused(MoveValidation.check(move, Side.PERSONA, salary, completed), "No move");
    }
  }

  static void assertRefused(Result<Move> result, String why) {
    assertThat(result)
        .isInstanceOfSatisfying(
            Result.Refused.class,
            refused -> {
              assertThat(refused.rejection().code()).isEqualTo(ErrorCode.INVALID_PAYLOAD);
              assertThat(refused.rejection().message()).containsIgnoringCase(why);
            });
  }
}
