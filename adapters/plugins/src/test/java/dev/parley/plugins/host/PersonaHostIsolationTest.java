package dev.parley.plugins.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.persona.PersonaDescriptor;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Result;
import dev.parley.domain.usecase.ProducingTheAiTurn.AiTurn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dropped-in personas run in the persona host process: a plugin that exits, exhausts its heap or
 * ignores interrupts costs its own turn (the learner is told the negotiator is unavailable or too
 * slow), never the server, and the other personas keep answering.
 */
class PersonaHostIsolationTest {

  /** The deadline of the turns meant to time out. */
  private static final Duration AI_DEADLINE = Duration.ofMillis(600);

  /** The deadline of the others: the first turn after a restart waits for the host to start. */
  private static final Duration PATIENT = Duration.ofSeconds(20);

  private static final String TALK =
      "return new PersonaReply(\"Still here.\", \"\", Phase.OPENING, 0.5, new Move.Talk());";

  @TempDir Path work;
  private Path dir;
  private IsolatedPersonaCatalogue catalogue;
  private AiTurns turns;
  private AiTurns patiently;

  @BeforeEach
  void start() throws IOException {
    dir = Files.createDirectories(work.resolve("plugins"));
    catalogue =
        IsolatedPersonaCatalogue.start(
            dir,
            PluginSettings.of(
                Map.of("JWT_SECRET", "the server's key", "PLUGIN_SNOOP_COLOUR", "blue"), Map.of()),
            Set.of("hardball-recruiter"),
            PATIENT,
            new PersonaHost.Options(64, Duration.ZERO));
    turns = new AiTurns(catalogue, AI_DEADLINE);
    patiently = new AiTurns(catalogue, PATIENT);
    plugin("fine", TALK);
  }

  @AfterEach
  void stop() {
    catalogue.close();
  }

  private void plugin(String id, String body) throws IOException {
    plugin(id, id, body);
  }

  private void plugin(String pluginId, String personaId, String body) throws IOException {
    String className = "thirdparty." + pluginId + ".Persona" + Math.abs(body.hashCode());
    PluginJars.build(
        work, dir, pluginId, ">=1.0.0", className, PluginJars.persona(className, personaId, body));
  }

  @Test
  void noHostProcessRunsUntilAPluginIsDroppedIn() throws IOException {
    catalogue.close();
    Path empty = Files.createDirectories(work.resolve("empty"));
    catalogue =
        IsolatedPersonaCatalogue.start(
            empty, PluginSettings.of(Map.of(), Map.of()), Set.of(), AI_DEADLINE);
    assertThat(catalogue.descriptors()).isEmpty();
    assertThat(catalogue.hostStarts()).isZero();
  }

  @Test
  void aPersonaCallingSystemExitStopsOnlyTheHostWhichStartsAgain() throws Exception {
    plugin("quitter", "System.exit(0); return null;");
    assertThat(ids()).contains("quitter", "fine");
    long starts = catalogue.hostStarts();

    assertThat(refusal(patiently.openingTurn("quitter"))).isEqualTo(ErrorCode.AI_UNAVAILABLE);

    assertThat(says("fine")).isEqualTo("Still here.");
    assertThat(catalogue.hostStarts()).isGreaterThan(starts);
  }

  @Test
  void aPersonaExhaustingItsHeapStopsOnlyTheHost() throws Exception {
    plugin(
        "hog",
        "List<long[]> hoard = new ArrayList<>(); while (true) { hoard.add(new long[1 << 20]); }");
    assertThat(ids()).contains("hog");

    assertThat(refusal(patiently.openingTurn("hog"))).isEqualTo(ErrorCode.AI_UNAVAILABLE);

    assertThat(says("fine")).isEqualTo("Still here.");
  }

  @Test
  void aPersonaIgnoringInterruptsIsCountedAndSuspendedUntilItsPluginIsUpgraded() throws Exception {
    String stubborn =
        "for (;;) { try { Thread.sleep(60_000); } catch (InterruptedException ignored) { } }";
    plugin("stubborn", stubborn);
    assertThat(ids()).contains("stubborn");

    for (int turn = 1; turn <= Quarantine.LIMIT; turn++) {
      assertThat(refusal(turns.openingTurn("stubborn"))).isEqualTo(ErrorCode.AI_TIMEOUT);
      int expected = turn;
      eventually(() -> catalogue.timedOutTurns() == expected);
    }
    assertThat(catalogue.stuckThreads()).isEqualTo(Quarantine.LIMIT);
    assertThat(catalogue.quarantined()).isEqualTo(1);
    assertThat(ids()).doesNotContain("stubborn").contains("fine");
    Instant before = Instant.now();
    assertThat(refusal(turns.openingTurn("stubborn"))).isEqualTo(ErrorCode.AI_UNAVAILABLE);
    assertThat(Duration.between(before, Instant.now())).isLessThan(AI_DEADLINE);
    assertThat(says("fine")).isEqualTo("Still here.");

    plugin(
        "stubborn",
        "return new PersonaReply(\"Fixed.\", \"\", Phase.OPENING, 0.5," + " new Move.Talk());");
    assertThat(ids()).contains("stubborn");
    assertThat(says("stubborn")).isEqualTo("Fixed.");
    assertThat(catalogue.quarantined()).isZero();
  }

  @Test
  void aPluginInTheHostSeesNoEnvironmentAndOnlyItsOwnSettings() throws Exception {
    plugin(
        "snoop",
        "return new PersonaReply(System.getenv().keySet() + \" \" + settings.values(), \"\","
            + " Phase.OPENING, 0.5, new Move.Talk());");

    assertThat(says("snoop")).isEqualTo("[] {PLUGIN_SNOOP_COLOUR=blue}");
  }

  @Test
  void aPluginClaimingABuiltInIdIsRefusedInTheHost() throws Exception {
    plugin("impostor", "hardball-recruiter", TALK);
    assertThat(ids()).containsExactly("fine");
  }

  private java.util.List<String> ids() {
    return catalogue.descriptors().stream().map(PersonaDescriptor::id).toList();
  }

  private String says(String personaId) {
    Result<AiTurn> turn = patiently.openingTurn(personaId);
    assertThat(turn.isOk()).as(String.valueOf(turn)).isTrue();
    return ((Result.Ok<AiTurn>) turn).value().message().content();
  }

  private static ErrorCode refusal(Result<AiTurn> result) {
    assertThat(result).isInstanceOf(Result.Refused.class);
    return ((Result.Refused<AiTurn>) result).rejection().code();
  }

  private static void eventually(BooleanSupplier condition) throws InterruptedException {
    Instant until = Instant.now().plusSeconds(10);
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("waited for the host's answer").isBefore(until);
      Thread.sleep(20);
    }
  }
}
