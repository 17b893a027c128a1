package dev.parley.plugins.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.parley.domain.negotiation.Phase;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaDescriptor;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.terms.Terms;
import dev.parley.persona.api.Fallback;
import dev.parley.persona.api.rehearsal.Counterparts;
import dev.parley.persona.api.rehearsal.Rehearsal;
import dev.parley.scenarios.ScenarioLibrary;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in persona plugins as built by Maven, loaded through PF4J the way the app loads them.
 */
class BuiltInPersonasTest {

  private static final String ANSWER =
      "{\"text\":\"Welcome! What matters most to you in this offer?\",\"reasoning\":\"Opening by"
          + " asking about priorities.\",\"phase\":\"opening\",\"confidence\":0.6,\"move\":\"ask\","
          + "\"terms\":[]}";

  @TempDir Path dir;
  private HttpServer fakeModel;
  private PluginPersonaCatalogue catalogue;
  private final Scenario salary = ScenarioLibrary.builtIn().find("salary-offer").orElseThrow();

  @BeforeEach
  void copyTheBuiltPlugins() throws IOException {
    Path root = Path.of(System.getProperty("parley.plugins.root", "../../plugins"));
    for (String file :
        List.of(
            "persona-hardball/target/parley-persona-hardball.jar",
            "persona-collaborative/target/parley-persona-collaborative.jar",
            "persona-llm/target/parley-persona-llm.zip")) {
      Path built = root.resolve(file);
      assertThat(built)
          .as("built plugin %s (run mvn package or verify with -am, not only test)", file)
          .exists();
      Files.copy(built, dir.resolve(built.getFileName()));
    }
    fakeModel = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    fakeModel.createContext(
        "/v1/chat/completions",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          String body =
              "{\"id\":\"x\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\","
                  + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
                  + quoted(ANSWER)
                  + "},\"finish_reason\":\"stop\"}]}";
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    fakeModel.start();
  }

  @AfterEach
  void stop() {
    if (catalogue != null) {
      catalogue.close();
    }
    fakeModel.stop(0);
  }

  private PluginPersonaCatalogue start(Map<String, String> settings) {
    catalogue = PluginPersonaCatalogue.start(dir, PluginSettings.forBuiltIns(settings));
    return catalogue;
  }

  @Test
  void offersTheRuleBasedPersonasAndTheLanguageModelOnlyWhenConfigured() {
    assertThat(start(Map.of()).descriptors())
        .extracting(PersonaDescriptor::id)
        .containsExactlyInAnyOrder("hardball-recruiter", "collaborative-manager");
    catalogue.close();

    String baseUrl = "http://127.0.0.1:" + fakeModel.getAddress().getPort() + "/v1";
    assertThat(start(Map.of("LLM_BASE_URL", baseUrl, "LLM_MODEL", "test-model")).descriptors())
        .extracting(PersonaDescriptor::id, PersonaDescriptor::model)
        .contains(org.assertj.core.groups.Tuple.tuple("llm-negotiator", "test-model"));
    // The persona code and its private libraries live only in the plugins.
    assertThatThrownBy(() -> Class.forName("dev.parley.persona.hardball.HardballPersona"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("dev.langchain4j.model.openai.OpenAiChatModel"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void nodesSharingThePluginsDirectoryStartingAtOnceAllLoadTheZippedPlugin() throws Exception {
    String baseUrl = "http://127.0.0.1:" + fakeModel.getAddress().getPort() + "/v1";
    int nodes = 3;
    CountDownLatch ready = new CountDownLatch(nodes);
    List<Future<PluginPersonaCatalogue>> started = new ArrayList<>();
    try (ExecutorService threads = Executors.newFixedThreadPool(nodes)) {
      for (int i = 0; i < nodes; i++) {
        started.add(
            threads.submit(
                () -> {
                  ready.countDown();
                  ready.await();
                  return PluginPersonaCatalogue.start(
                      dir, PluginSettings.forBuiltIns(Map.of("LLM_BASE_URL", baseUrl)));
                }));
      }
    }
    for (Future<PluginPersonaCatalogue> node : started) {
      try (PluginPersonaCatalogue each = node.get()) {
        assertThat(each.descriptors()).extracting(PersonaDescriptor::id).contains("llm-negotiator");
      }
    }
  }

  @Test
  void theLanguageModelPersonaAnswersThroughItsPrivateClientLibrary() {
    String baseUrl = "http://127.0.0.1:" + fakeModel.getAddress().getPort() + "/v1";
    start(Map.of("LLM_BASE_URL", baseUrl));
    PersonaReply reply =
        catalogue
            .find("llm-negotiator")
            .orElseThrow()
            .reply(
                new PersonaTurn(
                    salary,
                    salary.counterpart().preferences(),
                    List.of(),
                    new Move.Talk(),
                    Terms.NONE,
                    Optional.empty(),
                    Phase.OPENING,
                    0,
                    salary.roundLimit(),
                    salary.timeLimit()));
    assertThat(Fallback.isFallback(reply)).as(reply.reasoning()).isFalse();
    assertThat(reply.text()).isEqualTo("Welcome! What matters most to you in this offer?");
  }

  @Test
  void differentStrategiesLeadToMeasurablyDifferentOutcomes() {
    start(Map.of());
    Persona hardball = catalogue.find("hardball-recruiter").orElseThrow();
    Persona collaborative = catalogue.find("collaborative-manager").orElseThrow();
    for (Scenario scenario : ScenarioLibrary.builtIn().all()) {
      UUID id = new UUID(1, scenario.id().hashCode());
      Rehearsal.Outcome hardVsNaive =
          Rehearsal.play(hardball, scenario, Counterparts.naiveAcceptor(), id);
      Rehearsal.Outcome collabVsNaive =
          Rehearsal.play(collaborative, scenario, Counterparts.naiveAcceptor(), id);
      // The hard bargainer takes more from someone who accepts the first offer.
      assertThat(personaUtility(scenario, hardVsNaive))
          .as(scenario.id())
          .isGreaterThan(personaUtility(scenario, collabVsNaive));

      Rehearsal.Outcome hardVsHard =
          Rehearsal.play(hardball, scenario, Counterparts.hardBargainer(), id);
      Rehearsal.Outcome collabVsHard =
          Rehearsal.play(collaborative, scenario, Counterparts.hardBargainer(), id);
      // A tough person claims more value from the collaborative manager than from the recruiter.
      assertThat(collabVsHard.score().claimingValue())
          .as(scenario.id())
          .isGreaterThan(hardVsHard.score().claimingValue());
    }
  }

  private static double personaUtility(Scenario scenario, Rehearsal.Outcome outcome) {
    return scenario.utility(Side.PERSONA, outcome.deal().orElseThrow());
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
