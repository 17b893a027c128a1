package dev.parley.app;

import dev.parley.domain.negotiation.Phase;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaDescriptor;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.port.PersonaCatalogue;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.terms.Terms;
import dev.parley.memory.InMemoryPersonaCatalogue;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Personas for the end-to-end tests of the event contract (test scope only): a minimal rule-based
 * one that answers everything with a complete package at its targets, one slower than any test
 * deadline, one that thinks for {@link #THOUGHTFUL_TURN} (an AI turn still in flight when a node
 * drains), and one that always fails.
 */
final class GatewayPersonas {
  static final String SCRIPTED = "scripted-persona";
  static final String SLOW = "slow-persona";
  static final String FAILING = "failing-persona";
  static final String THOUGHTFUL = "thoughtful-persona";
  static final Duration THOUGHTFUL_TURN = Duration.ofSeconds(3);

  private GatewayPersonas() {}

  static PersonaCatalogue catalogue() {
    return new InMemoryPersonaCatalogue(
        List.of(
            persona(SCRIPTED, GatewayPersonas::packageAtTargets),
            persona(
                SLOW,
                turn -> {
                  try {
                    Thread.sleep(Duration.ofSeconds(20));
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return packageAtTargets(turn);
                }),
            persona(
                THOUGHTFUL,
                turn -> {
                  try {
                    Thread.sleep(THOUGHTFUL_TURN);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while thinking", e);
                  }
                  return packageAtTargets(turn);
                }),
            persona(
                FAILING,
                turn -> {
                  throw new IllegalStateException("the model endpoint is down");
                })));
  }

  private static PersonaReply packageAtTargets(PersonaTurn turn) {
    if (turn.latestMove() instanceof Move.Accept) {
      return new PersonaReply(
          "Glad we agree.", "The deal is done.", Phase.CLOSING, 0.9, new Move.Talk());
    }
    Map<String, Double> values = new LinkedHashMap<>();
    for (Issue issue : turn.scenario().issues()) {
      values.put(issue.key(), issue.snap(turn.privatePreferences().of(issue.key()).target()));
    }
    return new PersonaReply(
        "Here is a package that works for us.",
        "A complete package gives you something concrete to answer.",
        Phase.DISCUSSION,
        0.8,
        new Move.CounterOffer(Terms.of(values)));
  }

  private interface Script {
    PersonaReply reply(PersonaTurn turn);
  }

  private static Persona persona(String id, Script script) {
    PersonaDescriptor descriptor =
        new PersonaDescriptor(id, id, "For the event contract tests.", "test", "test-model-" + id);
    return new Persona() {
      @Override
      public PersonaDescriptor descriptor() {
        return descriptor;
      }

      @Override
      public PersonaReply reply(PersonaTurn turn) {
        return script.reply(turn);
      }
    };
  }
}
