package dev.parley.domain.usecase;

import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.negotiation.Phase;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaDescriptor;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Result;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.ScenarioCatalogue;
import dev.parley.domain.scenario.TestScenarios;
import dev.parley.domain.terms.Terms;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** A test fixture: the fakes wired into ports and use cases, one person and one persona. */
final class World {
  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  static final String PERSONA_ID = "scripted";

  /** Fixture negotiations are started without quotas (some tests start dozens). */
  static final NegotiationQuotas UNLIMITED = new NegotiationQuotas(1_000_000, 1_000_000);

  final Fakes.Negotiations negotiations = new Fakes.Negotiations();
  final Fakes.Messages messages = new Fakes.Messages();
  final Fakes.Audit audit = new Fakes.Audit();
  final Fakes.TestClock clock = new Fakes.TestClock(START);
  final Fakes.Room room = new Fakes.Room(clock);
  final Fakes.Presence presence = new Fakes.Presence();
  final Fakes.Personas personas = new Fakes.Personas();
  final Fakes.Debriefs debriefs = new Fakes.Debriefs();
  final ScenarioCatalogue scenarios = TestScenarios.catalogue();
  final Ports ports =
      new Ports(
          negotiations,
          messages,
          audit,
          new Fakes.WindowRateLimiter(clock),
          room,
          presence,
          personas,
          scenarios,
          Fakes.sequentialIds(),
          clock,
          debriefs);
  final Scenario salary = scenarios.find("salary-offer").orElseThrow();
  final Caller person =
      new Caller(UUID.fromString("00000000-0000-0000-0000-00000000a11c"), "s1", "10.0.0.1");
  final Caller someoneElse =
      new Caller(UUID.fromString("00000000-0000-0000-0000-000000000b0b"), "s2", "10.0.0.2");

  /** What the scripted persona will answer next. */
  volatile Function<PersonaTurn, PersonaReply> script = turn -> talk("Tell me more.");

  World() {
    personas.byId.put(
        PERSONA_ID,
        new Persona() {
          @Override
          public PersonaDescriptor descriptor() {
            return new PersonaDescriptor(
                PERSONA_ID, "Scripted", "test persona", "scripted", "test-model");
          }

          @Override
          public PersonaReply reply(PersonaTurn turn) {
            return script.apply(turn);
          }
        });
  }

  /**
   * The tests' settings: the contract's, with AI replies shown at once (no typing delay); every
   * test starts from these, and only pacing tests set a delay (with a {@link Fakes.RecordedPause}).
   */
  static Settings settings() {
    return Settings.defaults().withAiReplyDelayMax(java.time.Duration.ZERO);
  }

  UseCases useCases(Settings settings) {
    return UseCases.wire(ports, settings, new Fakes.ScriptedReading());
  }

  Negotiation started() {
    return startedBy(person);
  }

  Negotiation startedBy(Caller caller) {
    return ok(
        new StartingANegotiation(ports, UNLIMITED)
            .start(caller.userId(), "salary-offer", PERSONA_ID));
  }

  Negotiation stored(UUID id) {
    return negotiations.findById(id).orElseThrow();
  }

  static PersonaReply talk(String text) {
    return new PersonaReply(text, "keeps talking", Phase.OPENING, 0.5, new Move.Talk());
  }

  static PersonaReply offer(String text, Terms terms) {
    return new PersonaReply(
        text, "opens high", Phase.DISCUSSION, 0.7, new Move.CounterOffer(terms));
  }

  static Terms salaryPackage(double salary) {
    Map<String, Double> values = new LinkedHashMap<>();
    values.put("salary", salary);
    values.put("signing_bonus", 5_000.0);
    values.put("start_date", 28.0);
    values.put("remote_days", 2.0);
    values.put("vacation", 25.0);
    return Terms.of(values);
  }

  static <T> T ok(Result<T> result) {
    if (result instanceof Result.Ok<T>(T value)) {
      return value;
    }
    throw new AssertionError("expected Ok, got " + result);
  }

  static ErrorCode refusal(Result<?> result) {
    if (result instanceof Result.Refused<?> refused) {
      return refused.rejection().code();
    }
    throw new AssertionError("expected a refusal, got " + result);
  }
}
