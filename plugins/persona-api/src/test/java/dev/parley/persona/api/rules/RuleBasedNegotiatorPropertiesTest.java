package dev.parley.persona.api.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.negotiation.Phase;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.strategy.Bargainer;
import dev.parley.domain.strategy.ConcessionStrategy;
import dev.parley.domain.strategy.Packaging;
import dev.parley.domain.terms.Terms;
import dev.parley.persona.api.TurnCheck;
import dev.parley.scenarios.ScenarioLibrary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RuleBasedNegotiatorPropertiesTest {

  private static final List<Scenario> SCENARIOS = ScenarioLibrary.builtIn().all();
  private static final List<Tactics> TACTICS =
      List.of(
          new Tactics(
              ConcessionStrategy.boulware(), Packaging.even(), Bargainer.Anchor.EXTREMES, true),
          new Tactics(
              ConcessionStrategy.conceder(),
              Packaging.tradeOffs(),
              Bargainer.Anchor.TARGETS,
              false),
          new Tactics(
              ConcessionStrategy.titForTat(),
              Packaging.tradeOffs(),
              Bargainer.Anchor.TARGETS,
              false));

  record Situation(Scenario scenario, Tactics tactics, int round, Terms proposal) {}

  @Provide
  Arbitrary<Situation> situations() {
    return Combinators.combine(
            Arbitraries.of(SCENARIOS),
            Arbitraries.of(TACTICS),
            Arbitraries.integers().between(0, 11),
            Arbitraries.longs())
        .as(
            (scenario, tactics, round, seed) ->
                new Situation(scenario, tactics, round, randomTerms(scenario, seed)));
  }

  @Property(tries = 300)
  void everyMoveIsLegalAndEveryOfferStaysStrictlyInsideTheLimits(
      @ForAll("situations") Situation situation) {
    Scenario scenario = situation.scenario();
    PersonaTurn turn =
        new PersonaTurn(
            scenario,
            scenario.counterpart().preferences(),
            List.of(),
            new Move.CounterOffer(situation.proposal()),
            situation.proposal(),
            Optional.of(Side.PERSON),
            Phase.DISCUSSION,
            Math.min(situation.round(), scenario.roundLimit() - 1),
            scenario.roundLimit(),
            scenario.timeLimit());

    Decision decision = new RuleBasedNegotiator(situation.tactics()).decide(turn);

    assertThat(TurnCheck.check(decision.move(), turn).isOk()).isTrue();
    if (decision.move() instanceof Move.CounterOffer offer) {
      assertThat(scenario.acceptableTo(Side.PERSONA, offer.terms())).isTrue();
      for (Issue issue : scenario.issues()) {
        double reservation = scenario.counterpart().preferences().of(issue.key()).reservation();
        double target = scenario.counterpart().preferences().of(issue.key()).target();
        double offered = offer.terms().valueOf(issue.key()).orElseThrow();
        boolean personOffered =
            situation.proposal().valueOf(issue.key()).filter(v -> v == offered).isPresent();
        if (reservation != target && !personOffered) {
          // Its own offers never sit exactly on a limit, so quoting them never names one.
          assertThat(offered).as(issue.key()).isNotEqualTo(reservation);
        }
      }
    }
  }

  private static Terms randomTerms(Scenario scenario, long seed) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    Map<String, Double> values = new LinkedHashMap<>();
    for (Issue issue : scenario.issues()) {
      values.put(issue.key(), issue.valueAt(random.nextInt(issue.stepCount() + 1)));
    }
    return Terms.of(values);
  }
}
