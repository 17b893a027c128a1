package dev.parley.domain.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.persona.Move;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.scenario.TestScenarios;
import dev.parley.domain.terms.Terms;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConcessionBlocksTest {

  final Scenario salary = TestScenarios.catalogue().find("salary-offer").orElseThrow();

  static BargainingState at(double progress) {
    return new BargainingState(progress, List.of(), List.of());
  }

  @Test
  void boulware_holds_firm_and_the_conceder_gives_way_early() {
    ConcessionStrategy boulware = ConcessionStrategy.boulware();
    ConcessionStrategy conceder = ConcessionStrategy.conceder();

    assertThat(boulware.aspiration(at(0), 0.2, 0.8)).isEqualTo(0.8);
    assertThat(boulware.aspiration(at(0.5), 0.2, 0.8)).isGreaterThan(0.75);
    assertThat(conceder.aspiration(at(0.5), 0.2, 0.8)).isLessThan(0.4);
    assertThat(boulware.aspiration(at(1), 0.2, 0.8)).isCloseTo(0.2, offset());
    assertThat(conceder.aspiration(at(1), 0.2, 0.8)).isCloseTo(0.2, offset());
  }

  /** Seeded random times, concession exponents and kept shares, with the ends of each range. */
  @Test
  void time_dependent_aspirations_fall_with_time_and_stay_between_minimum_and_ceiling() {
    SplittableRandom random = new SplittableRandom(1);
    for (int n = 0; n < 200; n++) {
      double earlier = n == 0 ? 0 : random.nextDouble();
      double later = n == 0 ? 1 : random.nextDouble();
      double e = n == 1 ? 0.05 : n == 2 ? 5 : random.nextDouble(0.05, 5);
      double keep = n == 1 ? 0 : n == 2 ? 0.9 : random.nextDouble(0, 0.9);
      TimeDependentConcession strategy = new TimeDependentConcession(e, keep);
      double first = Math.min(earlier, later);
      double second = Math.max(earlier, later);

      double before = strategy.aspiration(at(first), 0.1, 0.9);
      double after = strategy.aspiration(at(second), 0.1, 0.9);

      String concession = "e=" + e + " keep=" + keep + " from " + first + " to " + second;
      assertThat(after).as(concession).isLessThanOrEqualTo(before + 1e-12);
      assertThat(after).as(concession).isBetween(strategy.minimum(0.1, 0.9) - 1e-12, 0.9);
    }
  }

  @Test
  void tit_for_tat_concedes_what_the_other_side_conceded_and_no_more() {
    ConcessionStrategy titForTat = ConcessionStrategy.titForTat();

    assertThat(titForTat.aspiration(new BargainingState(0.1, List.of(), List.of(0.2)), 0.3, 0.9))
        .isEqualTo(0.9);
    assertThat(
            titForTat.aspiration(
                new BargainingState(0.3, List.of(0.9, 0.85), List.of(0.2, 0.3)), 0.3, 0.9))
        .isCloseTo(0.75, offset());
    assertThat(
            titForTat.aspiration(
                new BargainingState(0.3, List.of(0.9, 0.85), List.of(0.3, 0.25)), 0.3, 0.9))
        .as("a retreat is not rewarded")
        .isCloseTo(0.85, offset());
    assertThat(
            titForTat.aspiration(
                new BargainingState(0.9, List.of(0.35), List.of(0.1, 0.6)), 0.3, 0.9))
        .as("never below the floor")
        .isEqualTo(0.3);
  }

  @Test
  void trade_offs_give_away_first_what_the_side_weighs_less() {
    OpponentModel uniform =
        OpponentModel.estimate(
            salary.issues(), salary.counterpart().preferences().byIssue(), List.of());
    double best = 1.0;

    Terms slightConcession =
        Packaging.tradeOffs().packageFor(salary, Side.PERSONA, best - 0.05, uniform);

    // The persona weighs the signing bonus least (0.05) and salary most (0.6): the bonus goes
    // first.
    assertThat(slightConcession.valueOf("signing_bonus")).contains(15_000.0);
    assertThat(slightConcession.valueOf("salary")).contains(60_000.0);
    assertThat(salary.utility(Side.PERSONA, slightConcession)).isGreaterThanOrEqualTo(best - 0.05);
  }

  /** Shares of the way from floor to ceiling in steps of 0.02, with either packaging. */
  static Stream<Arguments> sharesAndPackagings() {
    return IntStream.rangeClosed(0, 50)
        .boxed()
        .flatMap(
            step -> Stream.of(Arguments.of(step / 50.0, true), Arguments.of(step / 50.0, false)));
  }

  @ParameterizedTest
  @MethodSource("sharesAndPackagings")
  void packages_meet_the_aspiration_and_never_pass_a_reservation_value(
      double share, boolean tradeOffs) {
    for (Scenario scenario : TestScenarios.catalogue().all()) {
      for (Side side : Side.values()) {
        double floor =
            scenario.utility(
                side, scenario.preferencesOf(side).reservationPackage(scenario.issues()));
        double ceiling =
            scenario.utility(side, scenario.preferencesOf(side).targetPackage(scenario.issues()));
        double aspiration = floor + share * (ceiling - floor);
        OpponentModel model =
            OpponentModel.estimate(
                scenario.issues(), scenario.preferencesOf(side).byIssue(), List.of());

        Terms terms =
            (tradeOffs ? Packaging.tradeOffs() : Packaging.even())
                .packageFor(scenario, side, aspiration, model);

        assertThat(scenario.complete(terms)).isTrue();
        assertThat(scenario.acceptableTo(side, terms)).isTrue();
        assertThat(scenario.utility(side, terms)).isGreaterThanOrEqualTo(aspiration - 1e-9);
        terms
            .values()
            .forEach(
                (key, value) ->
                    assertThat(scenario.issue(key).orElseThrow().allows(value)).isTrue());
      }
    }
  }

  @Test
  void the_bargainer_reads_offers_from_a_transcript_laying_partial_proposals_over_the_table() {
    List<Message> transcript =
        List.of(
            message(Sender.AI, World.full(80_000)),
            message(Sender.USER, Terms.of(Map.of("salary", 90_000.0))),
            message(Sender.USER, Terms.NONE));

    List<Bargainer.Offer> offers = Bargainer.offersIn(transcript);

    assertThat(offers).hasSize(2);
    assertThat(offers.get(1).by()).isEqualTo(Side.PERSON);
    assertThat(offers.get(1).terms()).isEqualTo(World.full(90_000));
  }

  @Test
  void a_persona_bargainer_never_accepts_below_its_reservation_even_at_the_last_chance() {
    Bargainer persona =
        new Bargainer(salary, Side.PERSONA, ConcessionStrategy.conceder(), Packaging.tradeOffs());
    List<Bargainer.Offer> tooExpensive =
        List.of(new Bargainer.Offer(Side.PERSON, World.full(95_000)));
    List<Bargainer.Offer> withinLimits =
        List.of(new Bargainer.Offer(Side.PERSON, World.full(90_000)));

    assertThat(persona.decide(tooExpensive, 1.0)).isInstanceOf(Move.CounterOffer.class);
    assertThat(persona.decide(withinLimits, 1.0)).isEqualTo(new Move.Accept());
  }

  @Test
  void a_persona_turn_is_decided_from_its_transcript_and_its_round() {
    Bargainer persona =
        new Bargainer(salary, Side.PERSONA, ConcessionStrategy.boulware(), Packaging.tradeOffs());
    List<Message> transcript =
        List.of(
            message(Sender.AI, World.full(70_000)),
            message(Sender.USER, Terms.of(Map.of("salary", 91_000.0))));

    Move early = persona.decide(turn(transcript, 1));
    Move last = persona.decide(turn(transcript, salary.roundLimit() - 1));

    assertThat(early).isInstanceOf(Move.CounterOffer.class);
    assertThat(last)
        .as("91k is within its limits and it is the last chance")
        .isEqualTo(new Move.Accept());
  }

  dev.parley.domain.persona.PersonaTurn turn(List<Message> transcript, int round) {
    return new dev.parley.domain.persona.PersonaTurn(
        salary,
        salary.counterpart().preferences(),
        transcript,
        new Move.CounterOffer(Terms.of(Map.of("salary", 91_000.0))),
        World.full(91_000),
        Optional.of(Side.PERSON),
        dev.parley.domain.negotiation.Phase.DISCUSSION,
        round,
        salary.roundLimit(),
        salary.timeLimit().dividedBy(2));
  }

  static Message message(Sender sender, Terms proposal) {
    return new Message(
        UUID.randomUUID(),
        UUID.randomUUID(),
        1,
        sender,
        "text",
        Optional.empty(),
        proposal,
        Instant.EPOCH,
        false);
  }

  static org.assertj.core.data.Offset<Double> offset() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  /** Complete salary packages. */
  static final class World {
    static Terms full(double salary) {
      return Terms.of(
          new java.util.LinkedHashMap<>(
              Map.of(
                  "salary", salary,
                  "signing_bonus", 5_000.0,
                  "start_date", 28.0,
                  "remote_days", 2.0,
                  "vacation", 25.0)));
    }
  }
}
