package dev.parley.selfplay;

import dev.parley.domain.persona.Move;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import dev.parley.persona.api.rehearsal.Rehearsal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** What every scripted learner shares: its brief, its dice, and a memory of what it said. */
abstract class Script implements Learner {

  final Scenario scenario;
  final Positions positions;
  final TermsTalk talk;
  private final SplittableRandom random;
  private final Set<String> said = new HashSet<>();

  Script(Scenario scenario, SplittableRandom random) {
    this.scenario = scenario;
    this.positions = new Positions(scenario);
    this.random = random;
    this.talk = new TermsTalk(random);
  }

  /** How far through the session the learner's coming message is, the last round being 1. */
  static double progress(Rehearsal.Table table) {
    return Math.min(1, (double) (table.round() + 1) / table.scenario().roundLimit());
  }

  static boolean lastRound(Rehearsal.Table table) {
    return table.round() >= table.scenario().roundLimit() - 1;
  }

  /** One of {@code choices} not said yet this session, if any is left (people vary themselves). */
  final String fresh(String... choices) {
    List<String> unused = new ArrayList<>();
    for (String choice : choices) {
      if (!said.contains(choice)) {
        unused.add(choice);
      }
    }
    String chosen =
        unused.isEmpty()
            ? choices[random.nextInt(choices.length)]
            : unused.get(random.nextInt(unused.size()));
    said.add(chosen);
    return chosen;
  }

  /** {@code value} scaled by a factor drawn between {@code 1 - spread} and {@code 1 + spread}. */
  final double around(double value, double spread) {
    return value * (1 - spread + 2 * spread * random.nextDouble());
  }

  /** {@code value} moved by up to {@code spread} either way. */
  final double near(double value, double spread) {
    return value - spread + 2 * spread * random.nextDouble();
  }

  final int roll(int bound) {
    return random.nextInt(bound);
  }

  final Line offering(String text, Terms terms) {
    return new Line(text, new Move.CounterOffer(terms));
  }

  /**
   * The persona's offer, if it is on the table and the learner takes it: within its own limits and
   * worth at least {@code next} less {@code slack} to it; on the last round any offer within its
   * limits, since no deal is worse.
   */
  final boolean takes(Rehearsal.Table table, Terms next, double slack) {
    if (table.personaOffer().isEmpty() || !scenario.complete(table.personaOffer().get())) {
      return false;
    }
    Terms offer = table.personaOffer().get();
    return positions.acceptable(offer)
        && (lastRound(table) || positions.utility(offer) >= positions.utility(next) - slack);
  }
}
