package dev.parley.domain.scoring;

import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.Preferences;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Pareto frontier of a scenario's whole discretised issue space, in the two sides' utilities.
 *
 * <p>Exact without enumerating every package: utilities are additive over issues, so the frontier
 * of the first k+1 issues is the frontier of (frontier of the first k) + (points of issue k+1). A
 * package dominated on the first k issues stays dominated whatever is added, so pruning after each
 * issue loses nothing. The sums run in issue order from 0, as in {@link Preferences#utility}, so a
 * package's utilities here and there are the same numbers.
 */
public final class ParetoFrontier {

  static final double EPSILON = 1e-9;

  /** A Pareto-optimal package and its utility for the person and for the persona. */
  public record Point(double person, double persona, Terms terms) {
    public double joint() {
      return person + persona;
    }
  }

  private final List<Point> points;
  private final double lowestJoint;

  private ParetoFrontier(List<Point> points, double lowestJoint) {
    this.points = List.copyOf(points);
    this.lowestJoint = lowestJoint;
  }

  public static ParetoFrontier of(Scenario scenario) {
    return over(scenario, Issue::values);
  }

  /**
   * The frontier of the packages both sides would accept (every issue within both sides'
   * reservation values); it has no points when no such package exists.
   */
  public static ParetoFrontier ofAcceptable(Scenario scenario) {
    Preferences person = scenario.personBrief().preferences();
    Preferences persona = scenario.counterpart().preferences();
    return over(
        scenario,
        issue ->
            issue.values().stream()
                .filter(value -> person.of(issue.key()).acceptable(value))
                .filter(value -> persona.of(issue.key()).acceptable(value))
                .toList());
  }

  private static ParetoFrontier over(
      Scenario scenario, java.util.function.Function<Issue, List<Double>> valuesOf) {
    Preferences person = scenario.personBrief().preferences();
    Preferences persona = scenario.counterpart().preferences();
    List<Partial> frontier = List.of(new Partial(0, 0, new double[0]));
    double lowestJoint = 0;
    List<Issue> issues = scenario.issues();
    for (int index = 0; index < issues.size(); index++) {
      Issue issue = issues.get(index);
      double weightPerson = person.normalisedWeight(issue.key());
      double weightPersona = persona.normalisedWeight(issue.key());
      List<Partial> grown = new ArrayList<>();
      double lowestHere = Double.POSITIVE_INFINITY;
      for (double value : valuesOf.apply(issue)) {
        double forPerson = weightPerson * person.of(issue.key()).issueUtility(issue, value);
        double forPersona = weightPersona * persona.of(issue.key()).issueUtility(issue, value);
        lowestHere = Math.min(lowestHere, forPerson + forPersona);
        for (Partial partial : frontier) {
          grown.add(partial.plus(forPerson, forPersona, value));
        }
      }
      lowestJoint += lowestHere == Double.POSITIVE_INFINITY ? 0 : lowestHere;
      frontier = nonDominated(grown);
    }
    List<Point> points = new ArrayList<>();
    for (Partial partial : frontier) {
      Map<String, Double> values = new LinkedHashMap<>();
      for (int index = 0; index < issues.size(); index++) {
        values.put(issues.get(index).key(), partial.values[index]);
      }
      points.add(new Point(partial.person, partial.persona, Terms.of(values)));
    }
    return new ParetoFrontier(points, lowestJoint);
  }

  /** The frontier, best for the person first. */
  public List<Point> points() {
    return points;
  }

  /** The lowest joint utility of any package of the scenario. */
  public double lowestJoint() {
    return lowestJoint;
  }

  /**
   * The highest joint utility of a package that gives each side at least the given utilities. Never
   * below {@code person + persona} for utilities of a real package, since that package itself is
   * dominated by (or is) a frontier point.
   */
  public double bestJointDominating(double forPerson, double forPersona) {
    double best = forPerson + forPersona;
    for (Point point : points) {
      if (point.person() >= forPerson - EPSILON && point.persona() >= forPersona - EPSILON) {
        best = Math.max(best, point.joint());
      }
    }
    return best;
  }

  /** True when no package gives one side more without giving the other less. */
  public boolean isParetoOptimal(double forPerson, double forPersona) {
    for (Point point : points) {
      boolean noWorse =
          point.person() >= forPerson - EPSILON && point.persona() >= forPersona - EPSILON;
      boolean better =
          point.person() > forPerson + EPSILON || point.persona() > forPersona + EPSILON;
      if (noWorse && better) {
        return false;
      }
    }
    return true;
  }

  private static List<Partial> nonDominated(List<Partial> candidates) {
    List<Partial> sorted = new ArrayList<>(candidates);
    sorted.sort(
        Comparator.comparingDouble((Partial partial) -> partial.person)
            .reversed()
            .thenComparing(
                Comparator.comparingDouble((Partial partial) -> partial.persona).reversed()));
    List<Partial> kept = new ArrayList<>();
    double bestPersona = Double.NEGATIVE_INFINITY;
    for (Partial candidate : sorted) {
      // Sorted by the person's utility, best first: a candidate survives only if it gives the
      // persona strictly more than every candidate that gives the person at least as much.
      if (candidate.persona > bestPersona + EPSILON) {
        kept.add(candidate);
        bestPersona = candidate.persona;
      }
    }
    return kept;
  }

  /** A package of the first issues: its utilities and its values in issue order. */
  private static final class Partial {
    final double person;
    final double persona;
    final double[] values;

    Partial(double person, double persona, double[] values) {
      this.person = person;
      this.persona = persona;
      this.values = values;
    }

    Partial plus(double forPerson, double forPersona, double value) {
      double[] extended = java.util.Arrays.copyOf(values, values.length + 1);
      extended[values.length] = value;
      return new Partial(person + forPerson, persona + forPersona, extended);
    }
  }
}
