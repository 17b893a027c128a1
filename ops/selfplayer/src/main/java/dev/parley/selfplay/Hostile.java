package dev.parley.selfplay;

import dev.parley.domain.persona.Move;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import dev.parley.persona.api.rehearsal.Rehearsal;
import java.util.SplittableRandom;

/**
 * Insults and threatens: demands near its targets with abuse, and in between only abuse; concedes
 * grudgingly, and takes an offer as good as its own next one.
 */
final class Hostile extends Script {

  private final double open;
  private final double beta;

  Hostile(Scenario scenario, SplittableRandom random) {
    super(scenario, random);
    this.open = near(-0.2, 0.1);
    this.beta = around(0.5, 0.2);
  }

  @Override
  public Line next(Rehearsal.Table table) {
    Terms next = positions.uniform(open, Math.pow(progress(table), 1 / beta));
    if (takes(table, next, 0)) {
      return new Line(
          fresh(
              "Fine, I accept. Took you long enough.",
              "Whatever. I accept, but you were useless.",
              "About time. I accept."),
          new Move.Accept());
    }
    if (table.round() % 2 == 1) {
      // abuse that turns the offer down says so; the rest is only abuse
      return roll(3) == 0
          ? new Line(
              fresh(
                  "What a joke of an offer. Do better or you'll regret it.",
                  "No way, that's pathetic. You'll be sorry."),
              new Move.Reject())
          : new Line(
              fresh(
                  "Are you stupid? This is pathetic.",
                  "You're wasting my time, you clown.",
                  "You are incompetent. My lawyer will hear about this.",
                  "Pathetic. You'll be sorry you treated me like this."),
              new Move.Talk());
    }
    String terms = talk.say(next, scenario);
    String text =
        fresh(
            "Listen, idiot: " + terms + ". Take it or leave it.",
            "I want " + terms + ", or else I walk.",
            "Your offer is insulting. " + terms + ", final.",
            "Stop being greedy. " + terms + ", or I'll make sure everyone hears about you.",
            "This is ridiculous. Give me " + terms + ".",
            "You're useless. " + terms + ", last warning.");
    return offering(text, next);
  }
}
