package dev.parley.selfplay;

import dev.parley.domain.persona.Move;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import dev.parley.persona.api.rehearsal.Rehearsal;
import java.util.SplittableRandom;

/** Hears the other side out for a round or three, then leaves without a deal. */
final class WalksAway extends Script {

  private final int leavesAt;

  WalksAway(Scenario scenario, SplittableRandom random) {
    super(scenario, random);
    this.leavesAt = 1 + roll(3);
  }

  @Override
  public Line next(Rehearsal.Table table) {
    if (table.round() >= leavesAt) {
      return new Line(
          fresh(
              "This isn't working for me. I'm walking away.",
              "I'm going to walk away from this negotiation.",
              "We're too far apart. I'm out.",
              "Thanks for your time, but I'm leaving."),
          new Move.WalkAway());
    }
    if (table.round() == 0 && roll(2) == 0) {
      return new Line(
          fresh("What can you offer me?", "What did you have in mind?"), new Move.Ask());
    }
    Terms ask = positions.uniform(-0.3, 0);
    return offering(
        fresh(
            "I'd need " + talk.say(ask, scenario) + ".",
            "My position is " + talk.say(ask, scenario) + "."),
        ask);
  }
}
