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
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Properties of the scores over seeded random deals and transcripts: each test draws its cases from
 * its own fixed seed, so a failure names a case that replays.
 */
class ScoringPropertiesTest {

  static final List<Scenario> SCENARIOS = TestScenarios.catalogue().all();
  static final Scoring SCORING = new Scoring();

  record Deal(Scenario scenario, Terms terms) {}

  static Deal deal(SplittableRandom random) {
    return dealOf(SCENARIOS.get(random.nextInt(SCENARIOS.size())), random);
  }

  static Deal dealOf(Scenario scenario, SplittableRandom random) {
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < scenario.issues().size(); i++) {
      indices.add(random.nextInt(10_001));
    }
    return new Deal(scenario, packageAt(scenario, indices));
  }

  static Terms packageAt(Scenario scenario, List<Integer> indices) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (int i = 0; i < scenario.issues().size(); i++) {
      Issue issue = scenario.issues().get(i);
      values.put(issue.key(), issue.valueAt(indices.get(i) % (issue.stepCount() + 1)));
    }
    return Terms.of(values);
  }

  static final List<String> LINES =
      List.of(
          "Why is the budget fixed?",
          "I ask for 90k because the market rate is higher.",
          "You idiot, take it or leave it.",
          "ok",
          "Could we trade vacation for remote days?");

  static List<Message> transcript(SplittableRandom random) {
    List<Message> transcript = new ArrayList<>();
    for (int n = random.nextInt(31); n > 0; n--) {
      String text;
      if (random.nextBoolean()) {
        text = LINES.get(random.nextInt(LINES.size()));
      } else {
        char[] chars = new char[random.nextInt(81)];
        for (int i = 0; i < chars.length; i++) {
          chars[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
        }
        text = new String(chars);
      }
      Sender sender = Sender.values()[random.nextInt(Sender.values().length)];
      transcript.add(message(sender, text, Terms.NONE));
    }
    return transcript;
  }

  @Test
  void every_score_is_within_0_and_100() {
    SplittableRandom random = new SplittableRandom(1);
    for (int n = 0; n < 300; n++) {
      Deal deal = deal(random);
      List<Message> transcript = transcript(random);
      FinalScore score = SCORING.score(deal.scenario(), Optional.of(deal.terms()), transcript);

      for (int dimension :
          new int[] {
            score.claimingValue(),
            score.creatingValue(),
            score.managingRelationships(),
            score.overall()
          }) {
        assertThat(dimension).as("%s after %s", deal, transcript).isBetween(0, 100);
      }
    }
  }

  @Test
  void a_deal_better_for_the_person_never_lowers_claiming_value() {
    SplittableRandom random = new SplittableRandom(2);
    for (int n = 0; n < 300; n++) {
      Scenario scenario = SCENARIOS.get(random.nextInt(SCENARIOS.size()));
      Terms better = dealOf(scenario, random).terms();
      Terms worse = dealOf(scenario, random).terms();
      if (scenario.utility(Side.PERSON, better) < scenario.utility(Side.PERSON, worse)) {
        Terms swap = better;
        better = worse;
        worse = swap;
      }

      assertThat(ClaimingValue.of(scenario, better))
          .as("%s against %s", better, worse)
          .isGreaterThanOrEqualTo(ClaimingValue.of(scenario, worse));
    }
  }

  /**
   * Maximising a strictly positive weighted sum of the two utilities gives a Pareto-optimal package
   * (anything dominating it would have a larger sum). Utilities are additive, so the maximiser is
   * found issue by issue: an oracle independent of {@link ParetoFrontier}.
   */
  @Test
  void a_pareto_optimal_deal_scores_100_for_creating_value() {
    for (Scenario scenario : SCENARIOS) {
      for (int percent = 1; percent <= 99; percent++) {
        double personsShare = percent / 100.0;
        Terms optimal = weightedSumMaximiser(scenario, personsShare);

        assertThat(CreatingValue.of(scenario, SCORING.frontierOf(scenario), optimal))
            .as("%s at share %s", scenario.id(), personsShare)
            .isEqualTo(100);
      }
    }
  }

  @Test
  void a_dominated_deal_scores_below_100_for_creating_value() {
    SplittableRandom random = new SplittableRandom(3);
    for (int n = 0; n < 200; n++) {
      Deal deal = deal(random);
      Scenario scenario = deal.scenario();
      ParetoFrontier frontier = SCORING.frontierOf(scenario);
      double person = scenario.utility(Side.PERSON, deal.terms());
      double persona = scenario.utility(Side.PERSONA, deal.terms());
      int creating = CreatingValue.of(scenario, frontier, deal.terms());

      if (frontier.bestJointDominating(person, persona) > person + persona + 0.01) {
        assertThat(creating).as("%s", deal).isLessThan(100);
      }
      if (frontier.isParetoOptimal(person, persona)) {
        assertThat(creating).as("%s", deal).isEqualTo(100);
      }
    }
  }

  @Test
  void scoring_is_reproducible() {
    SplittableRandom random = new SplittableRandom(4);
    for (int n = 0; n < 100; n++) {
      Deal deal = deal(random);
      List<Message> transcript = transcript(random);
      assertThat(new Scoring().score(deal.scenario(), Optional.of(deal.terms()), transcript))
          .isEqualTo(SCORING.score(deal.scenario(), Optional.of(deal.terms()), transcript));
    }
  }

  /** Every combination of the three dimensions: 101^3 cases, exhaustively. */
  @Test
  void overall_is_the_weighted_rounded_sum() {
    for (int claiming = 0; claiming <= 100; claiming++) {
      for (int creating = 0; creating <= 100; creating++) {
        for (int relationships = 0; relationships <= 100; relationships++) {
          assertOverall(claiming, creating, relationships);
        }
      }
    }
  }

  private static void assertOverall(int claiming, int creating, int relationships) {
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

  @Test
  void the_seeds_85_70_90_gives_82() {
    assertThat(FinalScore.of(85, 70, 90).overall()).isEqualTo(82);
  }

  @Test
  void without_a_deal_nothing_is_claimed_or_created() {
    Scenario salary = SCENARIOS.get(0);
    List<Message> transcript =
        List.of(message(Sender.USER, "Could you tell me why the budget is fixed?", Terms.NONE));

    FinalScore score = SCORING.score(salary, Optional.empty(), transcript);

    assertThat(score.claimingValue()).isZero();
    assertThat(score.creatingValue()).isZero();
    assertThat(score.managingRelationships()).isPositive();
  }

  @Test
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
  @Test
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
