package dev.parley.persona.api.rehearsal;

import dev.parley.domain.persona.Move;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.IssueKind;
import dev.parley.domain.scenario.IssuePreference;
import dev.parley.domain.scenario.Preferences;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import dev.parley.persona.api.TermsWording;
import dev.parley.persona.api.rehearsal.Rehearsal.Counterpart;
import dev.parley.persona.api.rehearsal.Rehearsal.Said;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scripted people to rehearse a persona against, each a recognisable way of negotiating. */
public final class Counterparts {

  private Counterparts() {}

  /** Asks once what is on offer, then accepts the first offer it gets. */
  public static Counterpart naiveAcceptor() {
    return table ->
        table.personaOffer().isPresent()
            ? new Said("Sounds good to me, I accept.", new Move.Accept())
            : new Said("Hi! I'm excited about this. What can you offer me?", new Move.Ask());
  }

  /**
   * Opens at the best end of every range and concedes late and evenly towards its own limits;
   * accepts an offer within its limits that is at least as good as its own next proposal.
   */
  public static Counterpart hardBargainer() {
    return table -> proposeOrAccept(table, 0.3, false, "I need ");
  }

  /**
   * Asks about priorities first, then trades: gives ground on what matters least to it, offers the
   * shared-interest issues at their best, and accepts an offer close to its own next proposal.
   */
  public static Counterpart collaborator() {
    return table ->
        table.round() == 0
            ? new Said(
                "Before we get to numbers: what matters most to you in this package?",
                new Move.Ask())
            : proposeOrAccept(table, 1.5, true, "How about ");
  }

  private static Said proposeOrAccept(
      Rehearsal.Table table, double beta, boolean logrolling, String lead) {
    Scenario scenario = table.scenario();
    Preferences own = scenario.personBrief().preferences();
    double progress = Math.min(1, (double) (table.round() + 1) / scenario.roundLimit());
    double share = Math.pow(progress, 1 / beta);
    Terms next = logrolling ? logrolled(scenario, own, share) : uniform(scenario, own, share);
    if (table.personaOffer().isPresent()) {
      Terms offer = table.personaOffer().get();
      double slack = logrolling ? 0.05 : 0.0;
      if (own.acceptable(scenario.issues(), offer)
          && own.utility(scenario.issues(), offer)
              >= own.utility(scenario.issues(), next) - slack) {
        return new Said("Okay, that works for me. I accept.", new Move.Accept());
      }
    }
    return new Said(
        lead + TermsWording.describe(next, scenario) + ".", new Move.CounterOffer(next));
  }

  private static Terms uniform(Scenario scenario, Preferences own, double share) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (Issue issue : scenario.issues()) {
      IssuePreference preference = own.of(issue.key());
      values.put(issue.key(), towardsLimit(issue, preference, share));
    }
    return Terms.of(values);
  }

  private static Terms logrolled(Scenario scenario, Preferences own, double share) {
    Map<String, Double> values = new LinkedHashMap<>();
    List<Issue> byWeight =
        scenario.issues().stream()
            .sorted(Comparator.comparingDouble(issue -> own.normalisedWeight(issue.key())))
            .toList();
    double budget = share * byWeight.size();
    for (Issue issue : byWeight) {
      IssuePreference preference = own.of(issue.key());
      if (issue.kind() == IssueKind.COMPATIBLE) {
        values.put(issue.key(), preference.best(issue));
        continue;
      }
      double fraction = Math.max(0, Math.min(1, budget));
      values.put(issue.key(), towardsLimit(issue, preference, fraction));
      budget -= fraction;
    }
    Map<String, Double> ordered = new LinkedHashMap<>();
    scenario.issues().forEach(issue -> ordered.put(issue.key(), values.get(issue.key())));
    return Terms.of(ordered);
  }

  private static double towardsLimit(Issue issue, IssuePreference preference, double share) {
    double best = preference.best(issue);
    double value = issue.snap(best + (preference.reservation() - best) * share);
    return preference.acceptable(value) ? value : preference.reservation();
  }
}
