package dev.parley.selfplay;

import dev.parley.domain.persona.Move;
import dev.parley.domain.scenario.Scenario;
import dev.parley.persona.api.rehearsal.Rehearsal;
import java.util.SplittableRandom;

/**
 * Asks what is on offer and takes the first offer it can live with (within its own limits), never
 * counter-offering; an offer beyond its limits it turns down and waits for another.
 */
final class AcceptsFirstOffer extends Script {

  AcceptsFirstOffer(Scenario scenario, SplittableRandom random) {
    super(scenario, random);
  }

  @Override
  public Line next(Rehearsal.Table table) {
    if (table.personaOffer().isEmpty()) {
      return new Line(
          fresh(
              "Hi! I'm excited about this. What can you offer me?",
              "Hello, what did you have in mind?",
              "What would you propose?"),
          new Move.Ask());
    }
    if (takes(table, table.personaOffer().get(), 0)) {
      return new Line(
          fresh(
              "Sounds good to me, I accept.",
              "Great, I accept!",
              "That works for me. I accept the offer."),
          new Move.Accept());
    }
    return new Line(
        fresh(
            "Sorry, I can't accept that.",
            "No, that doesn't work for me.",
            "I'm afraid that's not acceptable for me.",
            "I can't agree to that, sorry."),
        new Move.Reject());
  }
}
