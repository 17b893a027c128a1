package dev.parley.domain.usecase;

import dev.parley.domain.persona.Move;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import java.time.Instant;
import java.util.Objects;

/**
 * Reads the person's free-text chat message into a move: proposed terms, an acceptance, a
 * rejection, a walk-away, a question or plain talk, with how sure the reader is of it.
 */
@FunctionalInterface
public interface ChatReading {
  Reading read(String text, Scenario scenario, Terms onTable, Instant now);

  /**
   * What a message was read as.
   *
   * @param confidence from 0 to 1; below {@link #SURE_ENOUGH} a proposal is checked with the
   *     learner before it goes on the table ("Just to check: are you proposing ...?")
   */
  record Reading(Move move, double confidence) {
    public static final double SURE_ENOUGH = 0.8;

    public Reading {
      Objects.requireNonNull(move, "move");
      if (!(confidence >= 0 && confidence <= 1)) {
        throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
      }
    }

    public static Reading sure(Move move) {
      return new Reading(move, 1.0);
    }

    public boolean sure() {
      return confidence >= SURE_ENOUGH;
    }
  }
}
