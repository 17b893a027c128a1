package dev.parley.plugins.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.negotiation.Phase;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.PersonaDescriptor;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Result;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.ScenarioCatalogue;
import dev.parley.domain.terms.Terms;
import dev.parley.persona.api.PersonaSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginPersonaCatalogueTest {

  private static final String TALK =
      "return new PersonaReply(\"Hello, let's talk about the \" + turn.scenario().title(),"
          + " \"greets\", Phase.OPENING, 0.5, new Move.Talk());";

  @TempDir Path work;
  private Path dir;
  private PluginPersonaCatalogue catalogue;

  private final Scenario salary = ScenarioCatalogue.builtIn().find("salary-offer").orElseThrow();

  private PluginPersonaCatalogue start(Duration deadline) throws IOException {
    dir = Files.createDirectories(work.resolve("plugins"));
    catalogue = PluginPersonaCatalogue.start(dir, PersonaSettings.of(Map.of()), deadline);
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
    start(Duration.ofSeconds(5));
    assertThat(catalogue.descriptors()).isEmpty();

    plugin("dropin", ">=1.0.0 & <2.0.0", "thirdparty.dropin.DropIn", TALK);

    assertThat(catalogue.descriptors()).extracting(PersonaDescriptor::id).containsExactly("dropin");
    Result<PersonaReply> answer = catalogue.guarded("dropin").orElseThrow().answer(turn());
    assertThat(answer).isInstanceOf(Result.Ok.class);
    assertThat(((Result.Ok<PersonaReply>) answer).value().text())
        .isEqualTo("Hello, let's talk about the Salary offer");
    assertThat(catalogue.find("dropin").orElseThrow().reply(turn()).move())
        .isInstanceOf(Move.Talk.class);
    // Its classes came from the plugin jar, not from the host's class path.
    assertThatThrownBy(() -> Class.forName("thirdparty.dropin.DropIn"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void aRemovedPluginIsNoLongerOffered() throws Exception {
    start(Duration.ofSeconds(5));
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
    catalogue =
        PluginPersonaCatalogue.start(dir, PersonaSettings.of(Map.of()), Duration.ofSeconds(5));

    assertThat(catalogue.descriptors()).extracting(PersonaDescriptor::id).containsExactly("fine");
  }

  @Test
  void aPersonaThatThrowsIsUnavailableAndHarmsNoOther() throws Exception {
    start(Duration.ofSeconds(5));
    plugin(
        "thrower",
        ">=1.0.0",
        "thirdparty.thrower.Thrower",
        "throw new IllegalStateException(\"boom\");");
    plugin("fine", ">=1.0.0", "thirdparty.fine.Fine", TALK);

    assertThat(refusal(catalogue.guarded("thrower").orElseThrow().answer(turn())))
        .isEqualTo(ErrorCode.AI_UNAVAILABLE);
    assertThat(catalogue.guarded("fine").orElseThrow().answer(turn()).isOk()).isTrue();
  }

  @Test
  void aPersonaThatHangsTimesOut() throws Exception {
    start(Duration.ofMillis(300));
    plugin(
        "sleeper",
        ">=1.0.0",
        "thirdparty.sleeper.Sleeper",
        "try { Thread.sleep(3_600_000); } catch (InterruptedException e) {"
            + " throw new IllegalStateException(e); } return null;");
    plugin("fine", ">=1.0.0", "thirdparty.fine.Fine", TALK);

    GuardedPersona sleeper = catalogue.guarded("sleeper").orElseThrow();
    assertThat(refusal(sleeper.answer(turn()))).isEqualTo(ErrorCode.AI_TIMEOUT);
    assertThatThrownBy(() -> sleeper.reply(turn()))
        .isInstanceOfSatisfying(
            PersonaCallRefused.class,
            refused -> assertThat(refused.rejection().code()).isEqualTo(ErrorCode.AI_TIMEOUT));
    assertThat(catalogue.guarded("fine").orElseThrow().answer(turn()).isOk()).isTrue();
  }

  @Test
  void anIllegalMoveIsRefusedByTheDomainsRules() throws Exception {
    start(Duration.ofSeconds(5));
    // Accepts although nothing is on the table, then offers a salary far out of range.
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

    Result<PersonaReply> cheat = catalogue.guarded("cheat").orElseThrow().answer(turn());
    assertThat(refusal(cheat)).isEqualTo(ErrorCode.AI_UNAVAILABLE);
    assertThat(((Result.Refused<PersonaReply>) cheat).rejection().message())
        .contains("There is no offer from the other side to accept");
    Result<PersonaReply> wild = catalogue.guarded("wild").orElseThrow().answer(turn());
    assertThat(((Result.Refused<PersonaReply>) wild).rejection().message())
        .contains("Salary must be between");
  }

  @Test
  void aReplyNamingThePersonasLimitIsWithheld() throws Exception {
    start(Duration.ofSeconds(5));
    plugin(
        "blabber",
        ">=1.0.0",
        "thirdparty.blabber.Blabber",
        "return new PersonaReply(\"Between us, I can go up to 92k.\", \"\", Phase.OPENING, 1,"
            + " new Move.Talk());");
    assertThat(refusal(catalogue.guarded("blabber").orElseThrow().answer(turn())))
        .isEqualTo(ErrorCode.AI_UNAVAILABLE);
  }

  private static ErrorCode refusal(Result<PersonaReply> result) {
    assertThat(result).isInstanceOf(Result.Refused.class);
    return ((Result.Refused<PersonaReply>) result).rejection().code();
  }
}
