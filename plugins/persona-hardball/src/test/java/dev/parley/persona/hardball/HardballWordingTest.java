package dev.parley.persona.hardball;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.scenario.Scenario;
import dev.parley.persona.api.Phrases;
import dev.parley.persona.api.rehearsal.Counterparts;
import dev.parley.persona.api.rehearsal.Rehearsal;
import dev.parley.persona.api.rehearsal.WordingCheck;
import dev.parley.scenarios.ScenarioLibrary;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 14: wording that tells nothing, varies, invents nothing and warns before the end. */
class HardballWordingTest {

  private final Persona persona = new HardballPersona();
  private final List<Scenario> scenarios = ScenarioLibrary.builtIn().all();

  @Test
  void repliesToTheReservationValueAndAStepAwayUseTheSameSentences() {
    assertThat(WordingCheck.tellsNoLimits(persona, scenarios)).isEmpty();
  }

  @Test
  void saysNoSentenceTwiceInATwentyTurnSession() {
    assertThat(WordingCheck.repeats(persona, scenarios, 20, 6)).isEmpty();
  }

  @Test
  void neverTellsThePersonWhatMattersToThem() {
    for (Scenario scenario : scenarios) {
      for (Rehearsal.Counterpart person :
          List.of(
              Counterparts.hardBargainer(), Counterparts.collaborator(), Counterparts.varied())) {
        for (long seed = 0; seed < 4; seed++) {
          for (PersonaReply reply :
              Rehearsal.play(persona, scenario, person, new UUID(21, seed)).replies()) {
            for (String sentence : Phrases.sentences(reply.text())) {
              if (!sentence.endsWith("?")) {
                assertThat(WordingCheck.attributesImportance(sentence)).as(sentence).isFalse();
              }
            }
          }
        }
      }
    }
  }

  @Test
  void signalsItsFinalOfferTheRoundBeforeTheLastAndCountsDownTheRounds() {
    assertThat(WordingCheck.finalOfferProblems(persona, scenarios)).isEmpty();
  }
}
