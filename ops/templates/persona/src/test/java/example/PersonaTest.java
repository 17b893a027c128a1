package example.@PACKAGE@;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.persona.api.PersonaSettings;
import dev.parley.persona.api.rehearsal.Counterparts;
import dev.parley.persona.api.rehearsal.Rehearsal;
import dev.parley.scenarios.ScenarioLibrary;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Whole negotiations against scripted learners, with the server's own rules and checks but no
 * server: a move the domain refuses, or a reply the server would withhold (too long, naming your
 * limits, empty), fails the rehearsal with the reason.
 */
class @CLASS@Test {

  private final Persona persona =
      new @CLASS@().create(PersonaSettings.of(Map.of())).orElseThrow();

  @Test
  void negotiatesEveryBuiltInScenarioWithEveryScriptedLearner() {
    for (Scenario scenario : ScenarioLibrary.builtIn().all()) {
      for (Rehearsal.Counterpart learner :
          new Rehearsal.Counterpart[] {
            Counterparts.naiveAcceptor(),
            Counterparts.hardBargainer(),
            Counterparts.collaborator(),
            Counterparts.varied()
          }) {
        Rehearsal.Outcome outcome = Rehearsal.play(persona, scenario, learner, UUID.randomUUID());
        assertFalse(outcome.replies().isEmpty(), scenario.id());
        outcome
            .deal()
            .ifPresent(
                deal -> assertTrue(scenario.acceptableTo(Side.PERSONA, deal), "deal " + deal));
        for (PersonaReply reply : outcome.replies()) {
          assertFalse(reply.text().isBlank());
        }
      }
    }
  }

  @Test
  void itsIdIsItsOwn() {
    assertEquals(@CLASS@.ID, persona.descriptor().id());
  }
}
