package dev.parley.persona.api;

import dev.parley.domain.persona.PersonaTurn;
import java.util.SplittableRandom;

/**
 * Randomness that belongs to one negotiation: the same negotiation, turn and persona always give
 * the same choices (reproducible tests and replays), different negotiations read differently.
 */
public final class TurnSeed {

  private TurnSeed() {}

  public static SplittableRandom random(PersonaTurn turn, String personaId) {
    long seed =
        turn.transcript().isEmpty()
            ? turn.scenario().id().hashCode()
            : turn.transcript().getFirst().negotiationId().getLeastSignificantBits()
                ^ turn.transcript().getFirst().negotiationId().getMostSignificantBits();
    seed = seed * 31 + personaId.hashCode();
    seed = seed * 31 + turn.round();
    seed = seed * 31 + turn.transcript().size();
    return new SplittableRandom(seed);
  }

  /** One of {@code choices}, picked by {@code random}. */
  @SafeVarargs
  public static <T> T pick(SplittableRandom random, T... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
