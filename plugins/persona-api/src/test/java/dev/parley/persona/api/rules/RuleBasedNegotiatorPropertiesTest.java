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
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

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

  /** Seeded random situations: any scenario, any tactics, any round, any complete proposal. */
  @Test
  void everyMoveIsLegalAndEveryOfferStaysStrictlyInsideTheLimits() {
    SplittableRandom random = new SplittableRandom(1);
    for (int n = 0; n < 300; n++) {
      Scenario drawn = SCENARIOS.get(random.nextInt(SCENARIOS.size()));
      Situation situation =
          new Situation(
              drawn,
              TACTICS.get(random.nextInt(TACTICS.size())),
              random.nextInt(12),
              randomTerms(drawn, random.nextLong()));
      assertLegalAndInsideTheLimits(situation);
    }
  }

  private static void assertLegalAndInsideTheLimits(Situation situation) {
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

    assertThat(TurnCheck.check(decision.move(), turn).isOk()).as("%s", situation).isTrue();
    if (decision.move() instanceof Move.CounterOffer offer) {
      assertThat(scenario.acceptableTo(Side.PERSONA, offer.terms())).as("%s", situation).isTrue();
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
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Double> values = new LinkedHashMap<>();
    for (Issue issue : scenario.issues()) {
      values.put(issue.key(), issue.valueAt(random.nextInt(issue.stepCount() + 1)));
    }
    return Terms.of(values);
  }
}
