package dev.parley.persona.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.negotiation.Phase;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import dev.parley.persona.api.Fallback;
import dev.parley.persona.api.LimitLeaks;
import dev.parley.persona.api.PersonaSettings;
import dev.parley.persona.api.TurnCheck;
import dev.parley.scenarios.ScenarioLibrary;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LlmPersonaTest {

  private static final String VALID =
      """
      {"text": "Thanks for asking. I'd suggest a salary of 80,000 with a 5,000 signing bonus, a\
       start in four weeks, 3 remote days and 22 days of vacation.",
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

  private PersonaTurn openingTurn() {
    return new PersonaTurn(
        salary,
        salary.counterpart().preferences(),
        List.of(),
        new Move.Ask(),
        Terms.NONE,
        Optional.empty(),
        Phase.OPENING,
        0,
        salary.roundLimit(),
        salary.timeLimit());
  }

  @Test
  void aValidStructuredAnswerBecomesThePersonasReply() {
    server.answer(VALID);
    PersonaReply reply = persona.reply(openingTurn());

    assertThat(Fallback.isFallback(reply)).isFalse();
    assertThat(reply.text()).startsWith("Thanks for asking. I'd suggest a salary of 80,000");
    assertThat(reply.phase()).isEqualTo(Phase.OPENING);
    assertThat(((Move.CounterOffer) reply.move()).terms().valueOf("salary")).contains(80_000.0);
    assertThat(Fallback.modelOf(persona.descriptor(), reply)).isEqualTo("gpt-4o-mini");
    // It asked for structured output, and never told the model its limits.
    String request = server.requests().getLast();
    assertThat(request).contains("json_schema").contains("persona_reply").contains("strict");
    assertThat(LimitLeaks.find(request, salary)).isEmpty();
  }

  @Test
  void anAnswerThatIsNotJsonFallsBackToRulesAndSaysSo() {
    server.answer("Sure! Let's talk salary.");
    assertFallback(persona.reply(openingTurn()), "unusable");
  }

  @Test
  void anIllegalMoveFallsBack() {
    server.answer(VALID.replace("\"counter_offer\"", "\"accept\""));
    assertFallback(persona.reply(openingTurn()), "broke the rules");
  }

  @Test
  void anOfferBeyondThePersonasLimitsFallsBack() {
    server.answer(VALID.replace("80000", "110000"));
    assertFallback(persona.reply(openingTurn()), "more than the persona can give");
  }

  @Test
  void anAnswerNamingALimitFallsBack() {
    server.answer(VALID.replace("Thanks for asking.", "My ceiling is 92k."));
    assertFallback(persona.reply(openingTurn()), "private limit");
  }

  @Test
  void aTimeoutFallsBack() {
    server.answer(VALID);
    server.delay(Duration.ofSeconds(3));
    assertFallback(persona.reply(openingTurn()), "timed out");
  }

  @Test
  void isOnlyOfferedWhenAnEndpointIsConfigured() {
    assertThat(new LlmPersonaExtension().create(PersonaSettings.of(Map.of()))).isEmpty();
  }

  private void assertFallback(PersonaReply reply, String reason) {
    assertThat(Fallback.isFallback(reply)).as(reply.reasoning()).isTrue();
    assertThat(reply.reasoning()).contains(reason);
    assertThat(Fallback.modelOf(persona.descriptor(), reply))
        .isEqualTo("gpt-4o-mini (fallback: rule-based)");
    assertThat(TurnCheck.check(reply.move(), openingTurn()).isOk()).isTrue();
    assertThat(reply.move()).isInstanceOf(Move.CounterOffer.class);
    assertThat(LimitLeaks.find(reply.text(), salary)).isEmpty();
  }
}
