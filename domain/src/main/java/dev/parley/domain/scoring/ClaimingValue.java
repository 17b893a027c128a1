package dev.parley.domain.scoring;

import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.IssuePreference;
import dev.parley.domain.scenario.Preferences;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.terms.Terms;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Claiming value: the person's share of the bargaining zone, in the person's utility. The zone runs
 * from the person's own walk-away package (every issue at the person's reservation value) to the
 * best package the persona would still accept (every issue at the value best for the person among
 * those within the persona's limits).
 */
public final class ClaimingValue {

  private ClaimingValue() {}

  public static int of(Scenario scenario, Terms deal) {
    double low = scenario.utility(Side.PERSON, personsWalkAwayPackage(scenario));
    double high = scenario.utility(Side.PERSON, bestPackageThePersonaAccepts(scenario));
    double achieved = scenario.utility(Side.PERSON, deal);
    if (high - low <= ParetoFrontier.EPSILON) {
      return achieved >= low - ParetoFrontier.EPSILON ? 100 : 0;
    }
    return Percent.of((achieved - low) / (high - low));
  }

  /** Every issue at the person's reservation value. */
  public static Terms personsWalkAwayPackage(Scenario scenario) {
    return scenario.personBrief().preferences().reservationPackage(scenario.issues());
  }

  /** Every issue at the value best for the person among those the persona would accept. */
  public static Terms bestPackageThePersonaAccepts(Scenario scenario) {
    Preferences person = scenario.personBrief().preferences();
    Preferences persona = scenario.counterpart().preferences();
    Map<String, Double> values = new LinkedHashMap<>();
    for (Issue issue : scenario.issues()) {
      IssuePreference mine = person.of(issue.key());
      IssuePreference theirs = persona.of(issue.key());
      double best = theirs.reservation();
      for (double value : issue.values()) {
        if (theirs.acceptable(value) && mine.direction().atLeastAsGood(value, best)) {
          best = value;
        }
      }
      values.put(issue.key(), best);
    }
    return Terms.of(values);
  }
}
