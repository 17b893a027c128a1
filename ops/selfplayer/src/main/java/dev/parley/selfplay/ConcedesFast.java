package dev.parley.selfplay;

import dev.parley.domain.persona.Move;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import dev.parley.persona.api.rehearsal.Rehearsal;
import java.util.SplittableRandom;

/**
 * Opens short of its targets and gives ground quickly and evenly on every issue; takes any offer
 * within its limits.
 */
final class ConcedesFast extends Script {

  private final double open;
  private final double beta;

  ConcedesFast(Scenario scenario, SplittableRandom random) {
    super(scenario, random);
    this.open = near(0.2, 0.1);
    this.beta = around(3, 0.2);
  }

  @Override
  public Line next(Rehearsal.Table table) {
    if (takes(
        table, scenario.personBrief().preferences().reservationPackage(scenario.issues()), 0)) {
      return new Line(
          fresh("Okay, that works. I accept.", "Alright, I accept.", "Fine by me, I accept that."),
          new Move.Accept());
    }
    Terms next = positions.uniform(open, Math.pow(progress(table), 1 / beta));
    String terms = talk.say(next, scenario);
    String text =
        table.round() == 0
            ? fresh("Hi! I'd be happy with " + terms + ".", "Hello. Could we do " + terms + "?")
            : fresh(
                "Okay, I can move to " + terms + ".",
                "Fine, let's say " + terms + ".",
                "I could live with " + terms + ".",
                "Alright, what about " + terms + "?",
                "I can go further: " + terms + ".",
                "Let me meet you there: " + terms + ".",
                "Sure, I'll do " + terms + ".");
    return offering(text, next);
  }
}
