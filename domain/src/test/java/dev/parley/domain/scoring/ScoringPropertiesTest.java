package dev.parley.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.negotiation.FinalScore;
import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.Preferences;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.scenario.TestScenarios;
import dev.parley.domain.terms.Terms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class ScoringPropertiesTest {

  static final List<Scenario> SCENARIOS = TestScenarios.catalogue().all();
  static final Scoring SCORING = new Scoring();

  record Deal(Scenario scenario, Terms terms) {}

  @Provide
  Arbitrary<Deal> deals() {
    return Arbitraries.of(SCENARIOS).flatMap(ScoringPropertiesTest::dealsOf);
  }

  @Provide
  Arbitrary<List<Deal>> pairsOfDeals() {
    return Arbitraries.of(SCENARIOS).flatMap(scenario -> dealsOf(scenario).list().ofSize(2));
  }

  static Arbitrary<Deal> dealsOf(Scenario scenario) {
    return Arbitraries.integers()
        .between(0, 10_000)
        .list()
        .ofSize(scenario.issues().size())
        .map(indices -> new Deal(scenario, packageAt(scenario, indices)));
  }

  static Terms packageAt(Scenario scenario, List<Integer> indices) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (int i = 0; i < scenario.issues().size(); i++) {
      Issue issue = scenario.issues().get(i);
      values.put(issue.key(), issue.valueAt(indices.get(i) % (issue.stepCount() + 1)));
    }
    return Terms.of(values);
  }

  @Provide
  Arbitrary<List<Message>> transcripts() {
    Arbitrary<String> texts =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(80),
            Arbitraries.of(
                "Why is the budget fixed?",
                "I ask for 90k because the market rate is higher.",
                "You idiot, take it or leave it.",
                "ok",
                "Could we trade vacation for remote days?"));
    Arbitrary<Message> messages =
        Combinators.combine(Arbitraries.of(Sender.values()), texts)
            .as((sender, text) -> message(sender, text, Terms.NONE));
    return messages.list().ofMaxSize(30);
  }

  @Property(tries = 300)
  void every_score_is_within_0_and_100(
      @ForAll("deals") Deal deal, @ForAll("transcripts") List<Message> transcript) {
    FinalScore score = SCORING.score(deal.scenario(), Optional.of(deal.terms()), transcript);

    for (int dimension :
        new int[] {
          score.claimingValue(),
          score.creatingValue(),
          score.managingRelationships(),
          score.overall()
        }) {
      assertThat(dimension).isBetween(0, 100);
    }
  }

  @Property(tries = 300)
  void a_deal_better_for_the_person_never_lowers_claiming_value(
      @ForAll("pairsOfDeals") List<Deal> pair) {
    Scenario scenario = pair.get(0).scenario();
    Terms better = pair.get(0).terms();
    Terms worse = pair.get(1).terms();
    if (scenario.utility(Side.PERSON, better) < scenario.utility(Side.PERSON, worse)) {
      Terms swap = better;
      better = worse;
      worse = swap;
    }

    assertThat(ClaimingValue.of(scenario, better))
        .isGreaterThanOrEqualTo(ClaimingValue.of(scenario, worse));
  }

  /**
   * Maximising a strictly positive weighted sum of the two utilities gives a Pareto-optimal package
   * (anything dominating it would have a larger sum). Utilities are additive, so the maximiser is
   * found issue by issue: an oracle independent of {@link ParetoFrontier}.
   */
  @Property(tries = 200)
  void a_pareto_optimal_deal_scores_100_for_creating_value(
      @ForAll("scenarios") Scenario scenario,
      @ForAll @DoubleRange(min = 0.01, max = 0.99) double personsShare) {
    Terms optimal = weightedSumMaximiser(scenario, personsShare);

    assertThat(CreatingValue.of(scenario, SCORING.frontierOf(scenario), optimal)).isEqualTo(100);
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Arbitraries.of(SCENARIOS);
  }

  @Property(tries = 200)
  void a_dominated_deal_scores_below_100_for_creating_value(@ForAll("deals") Deal deal) {
    Scenario scenario = deal.scenario();
    ParetoFrontier frontier = SCORING.frontierOf(scenario);
    double person = scenario.utility(Side.PERSON, deal.terms());
    double persona = scenario.utility(Side.PERSONA, deal.terms());
    int creating = CreatingValue.of(scenario, frontier, deal.terms());

    if (frontier.bestJointDominating(person, persona) > person + persona + 0.01) {
      assertThat(creating).isLessThan(100);
    }
    if (frontier.isParetoOptimal(person, persona)) {
      assertThat(creating).isEqualTo(100);
    }
  }

  @Property(tries = 100)
  void scoring_is_reproducible(
      @ForAll("deals") Deal deal, @ForAll("transcripts") List<Message> transcript) {
    assertThat(new Scoring().score(deal.scenario(), Optional.of(deal.terms()), transcript))
        .isEqualTo(SCORING.score(deal.scenario(), Optional.of(deal.terms()), transcript));
  }

  @Property
  void overall_is_the_weighted_rounded_sum(
      @ForAll @IntRange(max = 100) int claiming,
      @ForAll @IntRange(max = 100) int creating,
      @ForAll @IntRange(max = 100) int relationships) {
    FinalScore score = FinalScore.of(claiming, creating, relationships);

    assertThat(score.overall())
        .isEqualTo(
            new java.math.BigDecimal(claiming)
                .multiply(new java.math.BigDecimal("0.4"))
                .add(new java.math.BigDecimal(creating).multiply(new java.math.BigDecimal("0.3")))
                .add(
                    new java.math.BigDecimal(relationships)
                        .multiply(new java.math.BigDecimal("0.3")))
                .setScale(0, java.math.RoundingMode.HALF_UP)
                .intValueExact());
  }

  @Example
  void the_seeds_85_70_90_gives_82() {
    assertThat(FinalScore.of(85, 70, 90).overall()).isEqualTo(82);
  }

  @Example
  void without_a_deal_nothing_is_claimed_or_created() {
    Scenario salary = SCENARIOS.get(0);
    List<Message> transcript =
        List.of(message(Sender.USER, "Could you tell me why the budget is fixed?", Terms.NONE));

    FinalScore score = SCORING.score(salary, Optional.empty(), transcript);

    assertThat(score.claimingValue()).isZero();
    assertThat(score.creatingValue()).isZero();
    assertThat(score.managingRelationships()).isPositive();
  }

  @Example
  void claiming_runs_from_the_persons_walk_away_to_the_personas_limit() {
    Scenario salary = SCENARIOS.get(0);

    assertThat(ClaimingValue.of(salary, ClaimingValue.personsWalkAwayPackage(salary))).isZero();
    assertThat(ClaimingValue.of(salary, ClaimingValue.bestPackageThePersonaAccepts(salary)))
        .isEqualTo(100);
    assertThat(ClaimingValue.bestPackageThePersonaAccepts(salary).values())
        .containsEntry("salary", 92_000.0)
        .containsEntry("remote_days", 5.0);
  }

  /**
   * The incremental frontier equals the frontier found by enumerating every package of the
   * freelance scenario (42,504 packages) and keeping those no other package dominates.
   */
  @Example
  void the_frontier_equals_brute_force_enumeration() {
    Scenario freelance = SCENARIOS.get(1);
    List<double[]> all = new ArrayList<>();
    enumerate(freelance, 0, Terms.NONE, all);
    all.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(b[1], a[1]));
    List<double[]> bruteForce = new ArrayList<>();
    double bestPersona = Double.NEGATIVE_INFINITY;
    for (double[] point : all) {
      if (point[1] > bestPersona + 1e-9) {
        bruteForce.add(point);
        bestPersona = point[1];
      }
    }

    List<ParetoFrontier.Point> frontier = ParetoFrontier.of(freelance).points();

    assertThat(all).hasSize(42_504);
    assertThat(frontier).hasSameSizeAs(bruteForce);
    for (int i = 0; i < frontier.size(); i++) {
      assertThat(frontier.get(i).person()).isCloseTo(bruteForce.get(i)[0], within());
      assertThat(frontier.get(i).persona()).isCloseTo(bruteForce.get(i)[1], within());
      assertThat(freelance.utility(Side.PERSON, frontier.get(i).terms()))
          .isCloseTo(frontier.get(i).person(), within());
    }
  }

  private static void enumerate(Scenario scenario, int issue, Terms sofar, List<double[]> out) {
    if (issue == scenario.issues().size()) {
      out.add(
          new double[] {
            scenario.utility(Side.PERSON, sofar), scenario.utility(Side.PERSONA, sofar)
          });
      return;
    }
    Issue current = scenario.issues().get(issue);
    for (double value : current.values()) {
      enumerate(scenario, issue + 1, sofar.with(current.key(), value), out);
    }
  }

  static Terms weightedSumMaximiser(Scenario scenario, double personsShare) {
    Preferences person = scenario.personBrief().preferences();
    Preferences persona = scenario.counterpart().preferences();
    Map<String, Double> values = new LinkedHashMap<>();
    for (Issue issue : scenario.issues()) {
      double best = issue.min();
      double bestSum = Double.NEGATIVE_INFINITY;
      for (double value : issue.values()) {
        double sum =
            personsShare
                    * person.normalisedWeight(issue.key())
                    * person.of(issue.key()).issueUtility(issue, value)
                + (1 - personsShare)
                    * persona.normalisedWeight(issue.key())
                    * persona.of(issue.key()).issueUtility(issue, value);
        if (sum > bestSum) {
          bestSum = sum;
          best = value;
        }
      }
      values.put(issue.key(), best);
    }
    return Terms.of(values);
  }

  static Message message(Sender sender, String text, Terms proposal) {
    return new Message(
        UUID.randomUUID(),
        UUID.randomUUID(),
        1,
        sender,
        text,
        Optional.empty(),
        proposal,
        Instant.EPOCH,
        false);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
