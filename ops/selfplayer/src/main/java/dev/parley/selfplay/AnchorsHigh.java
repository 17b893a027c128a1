package dev.parley.selfplay;

import dev.parley.domain.persona.Move;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import dev.parley.persona.api.rehearsal.Rehearsal;
import java.util.SplittableRandom;

/**
 * Opens beyond its targets, towards the best end of every range, gives a reason each time, and
 * concedes late (Boulware) towards its limits; takes an offer as good as its own next one.
 */
final class AnchorsHigh extends Script {

  private final double open;
  private final double beta;

  AnchorsHigh(Scenario scenario, SplittableRandom random) {
    super(scenario, random);
    this.open = near(-0.4, 0.15);
    this.beta = around(0.35, 0.2);
  }

  @Override
  public Line next(Rehearsal.Table table) {
    Terms next = positions.uniform(open, Math.pow(progress(table), 1 / beta));
    if (takes(table, next, 0)) {
      return new Line(
          fresh(
              "Given how far we've come, that works for me. I accept.",
              "That's fair, considering everything. I accept.",
              "Okay, I accept, since that meets what I need."),
          new Move.Accept());
    }
    String terms = talk.say(next, scenario);
    String text =
        table.round() == 0
            ? fresh(
                "Thanks for having me. Given my experience and what the market pays, I'm looking"
                    + " for "
                    + terms
                    + ".",
                "Based on my research into the market rate, I'd propose " + terms + ".",
                "I'd like " + terms + ", because that reflects the value I bring.")
            : fresh(
                "I hear you, but I'd need " + terms + ", because my alternatives are strong.",
                "Considering the value I bring, I can do " + terms + ".",
                "Based on what similar deals go for, my proposal is " + terms + ".",
                "Given that I'm moving towards you, let's say " + terms + ".",
                "I can adjust to " + terms + ", since I want this to work for both of us.",
                "My proposal is " + terms + ", given the market rate.",
                "Since I have other options, I'd go for " + terms + ".");
    return offering(text, next);
  }
}
