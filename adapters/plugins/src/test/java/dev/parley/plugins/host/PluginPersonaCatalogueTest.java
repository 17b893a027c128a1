package dev.parley.plugins.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.negotiation.Phase;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.PersonaDescriptor;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Result;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import dev.parley.domain.usecase.ProducingTheAiTurn.AiTurn;
import dev.parley.scenarios.ScenarioLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Persona plugins built at test time (never on the host's class path), loaded by the catalogue and
 * driven through the domain's own AI turn, as the server will drive them.
 */
class PluginPersonaCatalogueTest {

  private static final String TALK =
      "return new PersonaReply(\"Hello, let's talk about the \" + turn.scenario().title(),"
          + " \"greets\", Phase.OPENING, 0.5, new Move.Talk());";

  @TempDir Path work;
  private Path dir;
  private PluginPersonaCatalogue catalogue;

  private final Scenario salary = ScenarioLibrary.builtIn().find("salary-offer").orElseThrow();

  private PluginPersonaCatalogue start() throws IOException {
    dir = Files.createDirectories(work.resolve("plugins"));
    catalogue = PluginPersonaCatalogue.start(dir, PluginSettings.of(Map.of(), Map.of()));
    return catalogue;
  }

  @AfterEach
  void close() {
    if (catalogue != null) {
      catalogue.close();
    }
  }

  private Path plugin(String pluginId, String requires, String className, String body)
      throws IOException {
    return PluginJars.build(
        work, dir, pluginId, requires, className, PluginJars.persona(className, pluginId, body));
  }

  private PersonaTurn turn() {
    return new PersonaTurn(
        salary,
        salary.counterpart().preferences(),
        List.of(),
        new Move.Talk(),
        Terms.NONE,
        Optional.empty(),
        Phase.OPENING,
        0,
        salary.roundLimit(),
        salary.timeLimit());
  }

  @Test
  void aPersonaDroppedInWhileRunningIsListedAndAnswersWithoutARestart() throws Exception {
    start();
    assertThat(catalogue.descriptors()).isEmpty();

    plugin("dropin", ">=1.0.0 & <2.0.0", "thirdparty.dropin.DropIn", TALK);

    assertThat(catalogue.descriptors()).extracting(PersonaDescriptor::id).containsExactly("dropin");
    Result<AiTurn> turn = new AiTurns(catalogue, Duration.ofSeconds(5)).openingTurn("dropin");
    assertThat(turn).isInstanceOf(Result.Ok.class);
    AiTurn answered = ((Result.Ok<AiTurn>) turn).value();
    assertThat(answered.message().content()).isEqualTo("Hello, let's talk about the Salary offer");
    assertThat(answered.message().aiMetadata().orElseThrow().model()).isEqualTo("test-model");
    // Its classes came from the plugin jar, not from the host's class path.
    assertThatThrownBy(() -> Class.forName("thirdparty.dropin.DropIn"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void aRemovedPluginIsNoLongerOffered() throws Exception {
    start();
    Path jar = plugin("gone", ">=1.0.0", "thirdparty.gone.Gone", TALK);
    assertThat(catalogue.descriptors()).extracting(PersonaDescriptor::id).containsExactly("gone");
    Files.delete(jar);
    assertThat(catalogue.descriptors()).isEmpty();
    assertThat(catalogue.find("gone")).isEmpty();
  }

  @Test
  void brokenAndIncompatiblePluginsAreSkippedAndTheOthersStillLoad() throws Exception {
    dir = Files.createDirectories(work.resolve("plugins"));
    Files.writeString(dir.resolve("garbage.jar"), "not a jar at all");
    PluginJars.build(
        work,
        dir,
        "future",
        ">=2.0.0",
        "thirdparty.future.Future",
        PluginJars.persona("thirdparty.future.Future", "future", TALK));
    PluginJars.build(
        work,
        dir,
        "fine",
        ">=1.0.0 & <2.0.0",
        "thirdparty.fine.Fine",
        PluginJars.persona("thirdparty.fine.Fine", "fine", TALK));
    catalogue = PluginPersonaCatalogue.start(dir, PluginSettings.of(Map.of(), Map.of()));

    assertThat(catalogue.descriptors()).extracting(PersonaDescriptor::id).containsExactly("fine");
  }

  @Test
  void aPersonaThatThrowsIsUnavailableAndHarmsNoOther() throws Exception {
    start();
    plugin(
        "thrower",
        ">=1.0.0",
        "thirdparty.thrower.Thrower",
        "throw new IllegalStateException(\"boom\");");
    plugin("fine", ">=1.0.0", "thirdparty.fine.Fine", TALK);
    AiTurns turns = new AiTurns(catalogue, Duration.ofSeconds(5));

    assertThat(refusal(turns.openingTurn("thrower"))).isEqualTo(ErrorCode.AI_UNAVAILABLE);
    assertThat(turns.openingTurn("fine").isOk()).isTrue();
  }

  @Test
  void aPersonaThatHangsTimesOutAndHarmsNoOther() throws Exception {
    start();
    plugin(
        "sleeper",
        ">=1.0.0",
        "thirdparty.sleeper.Sleeper",
        "try { Thread.sleep(3_600_000); } catch (InterruptedException e) {"
            + " throw new IllegalStateException(e); } return null;");
    plugin("fine", ">=1.0.0", "thirdparty.fine.Fine", TALK);
    AiTurns turns = new AiTurns(catalogue, Duration.ofMillis(300));

    assertThat(refusal(turns.openingTurn("sleeper"))).isEqualTo(ErrorCode.AI_TIMEOUT);
    assertThat(turns.openingTurn("fine").isOk()).isTrue();
  }

  @Test
  void anIllegalMoveIsRefusedByTheDomainsRules() throws Exception {
    start();
    // Accepts although nothing is on the table; offers a salary far out of range.
    plugin(
        "cheat",
        ">=1.0.0",
        "thirdparty.cheat.Cheat",
        "return new PersonaReply(\"Deal!\", \"\", Phase.CLOSING, 1, new Move.Accept());");
    plugin(
        "wild",
        ">=1.0.0",
        "thirdparty.wild.Wild",
        "return new PersonaReply(\"A million!\", \"\", Phase.OPENING, 1,"
            + " new Move.CounterOffer(Terms.of(Map.of(\"salary\", 1_000_000.0))));");
    AiTurns turns = new AiTurns(catalogue, Duration.ofSeconds(5));

    Result<AiTurn> cheat = turns.openingTurn("cheat");
    assertThat(refusal(cheat)).isEqualTo(ErrorCode.AI_UNAVAILABLE);
    assertThat(((Result.Refused<AiTurn>) cheat).rejection().message())
        .contains("There is no offer from the other side to accept");
    assertThat(((Result.Refused<AiTurn>) turns.openingTurn("wild")).rejection().message())
        .contains("Salary must be between");
  }

  @Test
  void aReplyNamingThePersonasLimitIsWithheld() throws Exception {
    start();
    plugin(
        "blabber",
        ">=1.0.0",
        "thirdparty.blabber.Blabber",
        "return new PersonaReply(\"Between us, I can go up to 92k.\", \"\", Phase.OPENING, 1,"
            + " new Move.Talk());");
    assertThatThrownBy(() -> catalogue.find("blabber").orElseThrow().reply(turn()))
        .isInstanceOf(PersonaCallRefused.class);
    assertThat(refusal(new AiTurns(catalogue, Duration.ofSeconds(5)).openingTurn("blabber")))
        .isEqualTo(ErrorCode.AI_UNAVAILABLE);
  }

  private Path offering(String pluginId, String personaId, String className, String saying)
      throws IOException {
    return PluginJars.build(
        work,
        dir,
        pluginId,
        ">=1.0.0",
        className,
        PluginJars.persona(
            className,
            personaId,
            "return new PersonaReply(\""
                + saying
                + "\", \"\", Phase.OPENING, 0.5, new Move.Talk());"));
  }

  private String says(String personaId) {
    Result<AiTurn> turn = new AiTurns(catalogue, Duration.ofSeconds(5)).openingTurn(personaId);
    assertThat(turn.isOk()).as(String.valueOf(turn)).isTrue();
    return ((Result.Ok<AiTurn>) turn).value().message().content();
  }

  @ParameterizedTest
  @CsvSource({"first, second", "zulu, alpha"})
  void aPersonaIdKeepsItsOwnerWhenTheOwnerIsUpgradedWhateverTheLoadOrder(
      String owner, String claimant) throws Exception {
    start();
    offering(owner, "shared", "thirdparty." + owner + ".Owner", "Owner, version one.");
    assertThat(says("shared")).isEqualTo("Owner, version one.");
    offering(claimant, "shared", "thirdparty." + claimant + ".Claimant", "Claimant wants it.");
    assertThat(says("shared")).isEqualTo("Owner, version one.");

    // Re-copying the owner's jar (an upgrade) unloads and reloads it: it still owns the id.
    offering(owner, "shared", "thirdparty." + owner + ".Owner", "Owner, version two, longer.");
    assertThat(catalogue.descriptors()).extracting(PersonaDescriptor::id).containsExactly("shared");
    assertThat(says("shared")).isEqualTo("Owner, version two, longer.");
    assertThat(catalogue.pluginPersona("shared").orElseThrow().pluginId()).isEqualTo(owner);

    // And re-copying the claimant's jar gives it nothing either.
    offering(claimant, "shared", "thirdparty." + claimant + ".Claimant", "Claimant, again.");
    assertThat(says("shared")).isEqualTo("Owner, version two, longer.");
  }

  @Test
  void aPersonaIdFreedByItsOwnersRemovalGoesToTheOtherClaimant() throws Exception {
    start();
    Path first = offering("first", "shared", "thirdparty.first.First", "First.");
    offering("second", "shared", "thirdparty.second.Second", "Second.");
    assertThat(says("shared")).isEqualTo("First.");
    Files.delete(first);
    assertThat(catalogue.descriptors()).extracting(PersonaDescriptor::id).containsExactly("shared");
    assertThat(says("shared")).isEqualTo("Second.");
  }

  @Test
  void aReservedPersonaIdIsRefusedToAPlugin() throws Exception {
    dir = Files.createDirectories(work.resolve("plugins"));
    catalogue =
        PluginPersonaCatalogue.start(
            dir, PluginSettings.of(Map.of(), Map.of()), Set.of("hardball-recruiter"));
    offering("impostor", "hardball-recruiter", "thirdparty.impostor.Impostor", "I am hardball.");
    offering("fine", "fine", "thirdparty.fine.Fine", "Fine.");

    assertThat(catalogue.descriptors()).extracting(PersonaDescriptor::id).containsExactly("fine");
    assertThat(catalogue.find("hardball-recruiter")).isEmpty();
  }

  @Test
  void createIsCalledOncePerLoadOfAPluginNotOnEveryRescan() throws Exception {
    start();
    String counting =
        "return new PersonaReply(\"created \" + System.getProperty(\"creates.counted\"), \"\","
            + " Phase.OPENING, 0.5, new Move.Talk());";
    String source =
        PluginJars.persona("thirdparty.counted.Counted", "counted", counting)
            .replace(
                "return Optional.of(new Persona() {",
                "System.setProperty(\"creates.counted\", String.valueOf(Integer.getInteger("
                    + "\"creates.counted\", 0) + 1));\n    return Optional.of(new Persona() {");
    PluginJars.build(work, dir, "counted", ">=1.0.0", "thirdparty.counted.Counted", source);
    assertThat(says("counted")).isEqualTo("created 1");

    offering("other", "other", "thirdparty.other.Other", "Other.");
    catalogue.descriptors();
    catalogue.rescan();

    assertThat(says("counted")).isEqualTo("created 1");
    System.clearProperty("creates.counted");
  }

  @Test
  void aPluginReadsOnlyItsOwnVariablesAndWhatTheOperatorGrantsIt() throws Exception {
    dir = Files.createDirectories(work.resolve("plugins"));
    Map<String, String> environment =
        Map.of(
            "JWT_SECRET",
            "the server's key",
            "DATABASE_URL",
            "postgres://u:p@db/parley",
            "PLUGIN_TELLER_COLOUR",
            "blue",
            "PLUGIN_OTHER_TOKEN",
            "not yours",
            "SHARED_URL",
            "http://shared",
            PluginSettings.GRANTS,
            "teller=SHARED_URL");
    catalogue = PluginPersonaCatalogue.start(dir, PluginSettings.forDroppedIn(environment));
    PluginJars.build(
        work,
        dir,
        "teller",
        ">=1.0.0",
        "thirdparty.teller.Teller",
        PluginJars.persona(
            "thirdparty.teller.Teller",
            "teller",
            "return new PersonaReply(String.valueOf(new TreeMap<>(settings.values())), \"\","
                + " Phase.OPENING, 0.5, new Move.Talk());"));

    assertThat(says("teller")).isEqualTo("{PLUGIN_TELLER_COLOUR=blue, SHARED_URL=http://shared}");
  }

  @Test
  void aGrantOfTheServersSecretIsRefused() {
    assertThatThrownBy(
            () -> PluginSettings.forDroppedIn(Map.of(PluginSettings.GRANTS, "teller=JWT_SECRET")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JWT_SECRET");
    assertThatThrownBy(() -> PluginSettings.forDroppedIn(Map.of(PluginSettings.GRANTS, "teller")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plugin=NAME");
  }

  private static ErrorCode refusal(Result<AiTurn> result) {
    assertThat(result).isInstanceOf(Result.Refused.class);
    return ((Result.Refused<AiTurn>) result).rejection().code();
  }
}
