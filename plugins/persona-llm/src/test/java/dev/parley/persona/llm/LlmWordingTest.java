package dev.parley.persona.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.negotiation.AiMetadata;
import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Phase;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import dev.parley.persona.api.Fallback;
import dev.parley.persona.api.LimitLeaks;
import dev.parley.persona.api.PersonaSettings;
import dev.parley.persona.api.Phrases;
import dev.parley.persona.api.rehearsal.Counterparts;
import dev.parley.persona.api.rehearsal.Rehearsal;
import dev.parley.persona.api.rehearsal.Rehearsal.Outcome;
import dev.parley.persona.api.rehearsal.WordingCheck;
import dev.parley.scenarios.ScenarioLibrary;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 for the language-model persona: the model is told not to repeat itself, not to invent
 * what matters to the person, and when its offer is final; a reply that repeats or invents falls
 * back to the rule-based voice, which obeys all of it.
 */
class LlmWordingTest {

  private static final String VALID =
      """
      {"text": "TEXT",
       "reasoning": "Opening with a complete, realistic package.",
       "phase": "opening", "confidence": 0.7, "move": "counter_offer",
       "terms": [{"issue": "salary", "value": 80000}, {"issue": "signing_bonus", "value": 5000},
                 {"issue": "start_date", "value": 28}, {"issue": "remote_days", "value": 3},
                 {"issue": "vacation", "value": 22}]}
      """;

  private final Scenario salary = ScenarioLibrary.builtIn().find("salary-offer").orElseThrow();
  private FakeOpenAi server;
  private Persona persona;

  @BeforeEach
  void start() throws Exception {
    server = new FakeOpenAi();
    persona =
        new LlmPersonaExtension()
            .create(
                PersonaSettings.of(
                    Map.of(
                        "LLM_BASE_URL", server.baseUrl(),
                        "LLM_API_KEY", "test-key",
                        "LLM_MODEL", "gpt-4o-mini",
                        "LLM_TIMEOUT_SECONDS", "1")))
            .orElseThrow();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void itsFallbackVoiceSaysNoSentenceTwiceInATwentyTurnSession() {
    server.answer("not json at all");
    for (Scenario base : ScenarioLibrary.builtIn().all()) {
      Scenario scenario = WordingCheck.withRounds(base, 20);
      Outcome outcome = Rehearsal.play(persona, scenario, Counterparts.varied(), new UUID(30, 1));
      assertThat(outcome.replies()).hasSize(20);
      Map<String, String> seen = new HashMap<>();
      for (PersonaReply reply : outcome.replies()) {
        assertThat(Fallback.isFallback(reply)).isTrue();
        for (String sentence : Phrases.sentences(reply.text())) {
          assertThat(seen.put(sentence.toLowerCase(Locale.ROOT), reply.text()))
              .as(base.id() + ": \"" + sentence + "\" again")
              .isNull();
        }
      }
      // The fallback names its final offer the round before the last.
      assertThat(outcome.replies().get(18).text()).contains("final offer");
      assertThat(outcome.replies().get(17).text()).contains("2 rounds");
    }
  }

  @Test
  void aModelReplyThatRepeatsASentenceFallsBack() {
    String said = "Thanks for asking. I'd suggest a salary of 80,000.";
    server.answer(VALID.replace("TEXT", said));
    PersonaReply reply = persona.reply(turnAfter(said, "What about the bonus?"));
    assertThat(Fallback.isFallback(reply)).isTrue();
    assertThat(reply.reasoning()).contains("repeated a sentence");
  }

  @Test
  void aModelReplyThatInventsWhatMattersToThePersonFallsBack() {
    server.answer(VALID.replace("TEXT", "I see the salary is important to you. How about 80,000?"));
    PersonaReply invented = persona.reply(turnAfter("Hello.", "I'd like more."));
    assertThat(Fallback.isFallback(invented)).isTrue();
    assertThat(invented.reasoning()).contains("what matters to them");
    PersonaReply grounded =
        persona.reply(turnAfter("Hello.", "The salary is what matters most to me."));
    assertThat(Fallback.isFallback(grounded)).as(grounded.reasoning()).isFalse();
  }

  @Test
  void theModelIsToldToRepeatNothingAndToNameItsFinalOffer() {
    server.answer(VALID.replace("TEXT", "Fresh words."));
    persona.reply(turnAt(salary.roundLimit() - 2));
    String request = server.requests().getLast();
    assertThat(request).contains("Never repeat a sentence").contains("final offer");
    persona.reply(turnAt(salary.roundLimit() - 4));
    assertThat(server.requests().getLast()).contains("3 rounds are left");
  }

  @Test
  void theModelGetsTheFactSheetAndNeverTheLimits() {
    server.answer(VALID.replace("TEXT", "Fresh words."));
    persona.reply(turnAt(2));
    String request = server.requests().getLast();
    for (var fact : salary.factSheet().facts()) {
      assertThat(request).contains(fact.topic());
    }
    assertThat(request).contains("answer questions from these facts only");
    assertThat(LimitLeaks.find(request, salary)).isEmpty();
  }

  @Test
  void fallbackRepliesToTheReservationValueAndAStepAwayUseTheSameSentences() {
    server.answer("not json");
    assertThat(WordingCheck.tellsNoLimits(persona, ScenarioLibrary.builtIn().all())).isEmpty();
  }

  private PersonaTurn turnAfter(String personaSaid, String personSays) {
    List<Message> transcript =
        List.of(
            message(1, Sender.USER, "Hi, what can you offer?", Optional.empty()),
            message(
                2,
                Sender.AI,
                personaSaid,
                Optional.of(new AiMetadata("gpt-4o-mini", "r", Phase.OPENING, 0.7))),
            message(3, Sender.USER, personSays, Optional.empty()));
    return new PersonaTurn(
        salary,
        salary.counterpart().preferences(),
        transcript,
        new Move.Talk(),
        Terms.NONE,
        Optional.empty(),
        Phase.DISCUSSION,
        1,
        salary.roundLimit(),
        salary.timeLimit());
  }

  private PersonaTurn turnAt(int round) {
    return new PersonaTurn(
        salary,
        salary.counterpart().preferences(),
        List.of(),
        new Move.Ask(),
        Terms.NONE,
        Optional.empty(),
        Phase.DISCUSSION,
        round,
        salary.roundLimit(),
        salary.timeLimit());
  }

  private static Message message(
      long sequence, Sender sender, String text, Optional<AiMetadata> metadata) {
    return new Message(
        new UUID(3, sequence),
        new UUID(3, 0),
        sequence,
        sender,
        text,
        metadata,
        Terms.NONE,
        Instant.EPOCH,
        true);
  }
}
