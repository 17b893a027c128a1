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

  /**
   * Asks about the facts of the scenario's sheet, one a round, starting at fact {@code from} and
   * going round the sheet; never proposes or accepts. With {@code from} fixed and {@code step} 0 it
   * asks about the same fact every round.
   */
  public static Counterpart askingAboutFacts(int from, int step) {
    return table -> {
      List<dev.parley.domain.scenario.Fact> facts = table.scenario().factSheet().facts();
      if (facts.isEmpty()) {
        return new Said("What can you tell me about the offer?", new Move.Ask());
      }
      dev.parley.domain.scenario.Fact fact =
          facts.get(Math.floorMod(from + step * table.round(), facts.size()));
      return new Said(
          "Quick question: what about " + fact.askedAs().getFirst() + "?", new Move.Ask());
    };
  }

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

  /**
   * A learner who never accepts and varies what they do: asks, remarks, rejects, and now and then
   * proposes a package near the best end of their own ranges (never acceptable to a persona whose
   * limits leave room for a deal), repeating itself once. Late in a session it only talks, asks and
   * rejects. For long sessions that exercise a persona's words rather than its deals; the script
   * has 20 steps and starts over after them.
   */
  public static Counterpart varied() {
    return table -> {
      Scenario scenario = table.scenario();
      Preferences own = scenario.personBrief().preferences();
      String first = scenario.issues().getFirst().label().toLowerCase(java.util.Locale.ROOT);
      boolean offerOnTable = table.personaOffer().isPresent();
      return switch (table.round() % 20) {
        case 0 -> new Said("Hi! What can you offer me?", new Move.Ask());
        case 1 -> offer("I'd like ", uniform(scenario, own, 0), scenario, ".");
        case 2 -> new Said("How did you arrive at that?", new Move.Ask());
        case 3 -> new Said("I have another offer, to be honest.", new Move.Talk());
        case 4 -> offer("Then let's say ", uniform(scenario, own, 0.05), scenario, ".");
        case 5 -> rejectOrAsk(offerOnTable, "No, that doesn't work for me.");
        case 6 -> new Said("Where do you have room to move?", new Move.Ask());
        case 7 -> new Said("The " + first + " is what matters most to me.", new Move.Talk());
        case 8 -> offer("I'll stay at ", uniform(scenario, own, 0.05), scenario, ".");
        case 9 -> new Said("Is there any flexibility at all?", new Move.Ask());
        case 10 -> rejectOrAsk(offerOnTable, "I can't accept that.");
        case 11 -> offer("My best is ", uniform(scenario, own, 0.1), scenario, ".");
        case 12 -> new Said("I need to think about it.", new Move.Talk());
        case 13 -> new Said("Why won't you move further?", new Move.Ask());
        case 14 -> rejectOrAsk(offerOnTable, "Still no.");
        case 15 -> new Said("Okay.", new Move.Talk());
        case 16 -> new Said("What happens if we don't agree?", new Move.Ask());
        case 17 -> rejectOrAsk(offerOnTable, "That's not enough.");
        case 18 -> new Said("Is that really your last word?", new Move.Ask());
        default -> new Said("Let me sleep on it.", new Move.Talk());
      };
    };
  }

  private static Said offer(String lead, Terms terms, Scenario scenario, String end) {
    return new Said(
        lead + TermsWording.describe(terms, scenario) + end, new Move.CounterOffer(terms));
  }

  private static Said rejectOrAsk(boolean offerOnTable, String text) {
    return offerOnTable ? new Said(text, new Move.Reject()) : new Said(text, new Move.Talk());
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
