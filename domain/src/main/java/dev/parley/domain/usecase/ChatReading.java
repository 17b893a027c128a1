package dev.parley.domain.usecase;

import dev.parley.domain.persona.Move;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import java.time.Instant;

/**
 * Reads the person's free-text chat message into a move: proposed terms, an acceptance, a
 * rejection, a walk-away, a question or plain talk.
 */
@FunctionalInterface
public interface ChatReading {
  Move read(String text, Scenario scenario, Terms onTable, Instant now);
}
