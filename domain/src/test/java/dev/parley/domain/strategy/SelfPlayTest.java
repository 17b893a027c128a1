package dev.parley.domain.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.persona.Move;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.scenario.TestScenarios;
import dev.parley.domain.scoring.ClaimingValue;
import dev.parley.domain.scoring.CreatingValue;
import dev.parley.domain.scoring.Scoring;
import dev.parley.domain.terms.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each concession strategy, as a persona, against three scripted people: a hard bargainer (holds
 * out, keeps half of its range, concedes evenly), a collaborator (concedes steadily and trades
 * across issues) and a naive acceptor (takes the first offer).
 */
class SelfPlayTest {

  static final Scoring SCORING = new Scoring();

  static Stream<Arguments> personasAndScenarios() {
    Map<String, ConcessionStrategy> strategies =
        Map.of(
            "boulware", ConcessionStrategy.boulware(),
            "conceder", ConcessionStrategy.conceder(),
            "tit-for-tat", ConcessionStrategy.titForTat());
    List<Arguments> cases = new ArrayList<>();
    for (Scenario scenario : TestScenarios.catalogue().all()) {
      strategies.forEach(
          (name, strategy) -> cases.add(Arguments.of(name, scenario.id(), strategy, scenario)));
    }
    return cases.stream();
  }

  static SelfPlay.Player persona(Scenario scenario, ConcessionStrategy strategy) {
    return new Bargainer(
            scenario, Side.PERSONA, strategy, Packaging.tradeOffs(), Bargainer.Anchor.EXTREMES)
        ::decide;
  }

  static SelfPlay.Player hardBargainer(Scenario scenario) {
    return new Bargainer(
            scenario, Side.PERSON, new TimeDependentConcession(0.1, 0.5), Packaging.even())
        ::decide;
  }

  /** Has learnt by asking what the persona cares about, and trades on it. */
  static SelfPlay.Player collaborator(Scenario scenario) {
    return new Bargainer(
            scenario,
            Side.PERSON,
            new TimeDependentConcession(1.0, 0.6),
            Packaging.tradeOffs(),
            Bargainer.Anchor.TARGETS,
            (s, side, theirOffers) ->
                OpponentModel.known(s.issues(), s.counterpart().preferences()))
        ::decide;
  }

  static SelfPlay.Player naiveAcceptor() {
    return (offers, progress) ->
        offers.stream().anyMatch(offer -> offer.by() == Side.PERSONA)
            ? new Move.Accept()
            : new Move.Ask();
  }

  @ParameterizedTest(name = "{0} persona in {1}")
  @MethodSource("personasAndScenarios")
  void the_blocks_behave_as_named(
      String name, String scenarioId, ConcessionStrategy strategy, Scenario scenario) {
    SelfPlay.Outcome hard =
        SelfPlay.play(scenario, hardBargainer(scenario), persona(scenario, strategy));
    SelfPlay.Outcome collaborative =
        SelfPlay.play(scenario, collaborator(scenario), persona(scenario, strategy));
    SelfPlay.Outcome naive = SelfPlay.play(scenario, naiveAcceptor(), persona(scenario, strategy));

    for (SelfPlay.Outcome outcome : List.of(hard, collaborative, naive)) {
      assertThat(outcome.rounds()).isLessThanOrEqualTo(scenario.roundLimit());
      assertThat(outcome.deal()).as("every game ends in a deal here").isPresent();
      for (Terms accepted : outcome.acceptedByPersona()) {
        assertThat(scenario.acceptableTo(Side.PERSONA, accepted))
            .as("the persona never accepts below its reservation values")
            .isTrue();
      }
      for (Bargainer.Offer offer : outcome.offers()) {
        if (offer.by() == Side.PERSONA) {
          assertThat(scenario.acceptableTo(Side.PERSONA, offer.terms())).isTrue();
        }
      }
    }

    int hardClaims = ClaimingValue.of(scenario, hard.deal().orElseThrow());
    int naiveClaims = ClaimingValue.of(scenario, naive.deal().orElseThrow());
    int hardCreates =
        CreatingValue.of(scenario, SCORING.frontierOf(scenario), hard.deal().orElseThrow());
    int collaboratorCreates =
        CreatingValue.of(
            scenario, SCORING.frontierOf(scenario), collaborative.deal().orElseThrow());

    assertThat(hardClaims)
        .as("claiming: hard bargainer vs naive acceptor")
        .isGreaterThan(naiveClaims);
    assertThat(collaboratorCreates)
        .as("creating: collaborator vs hard bargainer")
        .isGreaterThan(hardCreates);
  }
}
