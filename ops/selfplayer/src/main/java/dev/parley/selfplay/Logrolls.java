package dev.parley.selfplay;

import dev.parley.domain.persona.Move;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import dev.parley.persona.api.rehearsal.Rehearsal;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Asks what matters to the other side, then trades across issues by its own priorities: gives
 * ground on what matters least to it first, keeps the shared-interest issues at their best, holds
 * on to what matters most, and says so; takes an offer close to its own next one.
 */
final class Logrolls extends Script {

  private final double beta;

  Logrolls(Scenario scenario, SplittableRandom random) {
    super(scenario, random);
    this.beta = around(1.5, 0.2);
  }

  @Override
  public Line next(Rehearsal.Table table) {
    if (table.round() == 0) {
      return new Line(
          fresh(
              "Before we get to numbers, what matters most to you in this deal?",
              "Could you tell me which parts of the package are most important on your side?",
              "What are your priorities here, so we can find something that works for both of"
                  + " us?"),
          new Move.Ask());
    }
    Terms next = positions.logrolled(Math.pow(progress(table), 1 / beta));
    if (takes(table, next, 0.05)) {
      return new Line(
          fresh(
              "That works for both of us, I accept.",
              "Great, I accept that package.",
              "Good trade. I accept."),
          new Move.Accept());
    }
    List<Issue> byImportance = positions.byImportance();
    String most = label(byImportance.getFirst());
    String least = label(byImportance.getLast());
    String terms = talk.say(next, scenario);
    String text =
        fresh(
            "The "
                + most
                + " matters most to me, so I can give on the "
                + least
                + ": "
                + terms
                + ".",
            "In exchange for the " + most + ", I'm flexible elsewhere. How about " + terms + "?",
            "I'll move on the " + least + " in return for the " + most + ": " + terms + ".",
            "What if we trade: " + terms + "?",
            "Let me give you more on the "
                + least
                + " if you can do better on the "
                + most
                + ": "
                + terms
                + ".",
            "I care less about the " + least + ", so here's a package: " + terms + ".",
            "To make it work for both of us, " + terms + ".");
    return offering(text, next);
  }

  private static String label(Issue issue) {
    return issue.label().toLowerCase(Locale.ROOT);
  }
}
