package dev.parley.persona.collaborative;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.persona.Persona;
import dev.parley.domain.scenario.Scenario;
import dev.parley.persona.api.Phrases;
import dev.parley.persona.api.rehearsal.Counterparts;
import dev.parley.persona.api.rehearsal.Rehearsal;
import dev.parley.persona.api.rehearsal.WordingCheck;
import dev.parley.scenarios.ScenarioLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 14: wording that tells nothing, varies, invents nothing and warns before the end. */
class CollaborativeWordingTest {

  private final Persona persona = new CollaborativePersona();
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
  void saysSomethingMattersToThePersonOnlyWhenTheySaidSo() {
    int attributions = 0;
    for (Scenario scenario : scenarios) {
      for (Rehearsal.Counterpart person :
          List.of(
              Counterparts.hardBargainer(), Counterparts.collaborator(), Counterparts.varied())) {
        for (long seed = 0; seed < 4; seed++) {
          List<String> stressed = new ArrayList<>();
          for (Message message :
              Rehearsal.play(
                      persona, WordingCheck.withRounds(scenario, 20), person, new UUID(21, seed))
                  .transcript()) {
            for (String sentence : Phrases.sentences(message.content())) {
              String lower = sentence.toLowerCase(Locale.ROOT);
              if (message.sender() == Sender.USER) {
                if (lower.contains("matters most to me")) {
                  scenario.issues().stream()
                      .map(issue -> issue.label().toLowerCase(Locale.ROOT))
                      .filter(lower::contains)
                      .forEach(stressed::add);
                }
              } else if (!sentence.endsWith("?") && WordingCheck.attributesImportance(sentence)) {
                attributions++;
                assertThat(stressed).as(sentence).anyMatch(lower::contains);
              }
            }
          }
        }
      }
    }
    // The learner of the varied script says what matters to them; the manager picks that up.
    assertThat(attributions).isPositive();
  }

  @Test
  void signalsItsFinalOfferTheRoundBeforeTheLastAndCountsDownTheRounds() {
    assertThat(WordingCheck.finalOfferProblems(persona, scenarios)).isEmpty();
  }
}
