package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.domain.port.PersonaCatalogue;
import dev.parley.plugins.host.BuiltInsAndDroppedIn;
import dev.parley.plugins.host.PluginJars;
import dev.parley.socketio.NodeClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third-party persona jar, compiled by the test and never on the app's class path, dropped into
 * the PLUGINS_DIR of a running app: it appears in {@code GET /api/personas} without a restart and
 * answers in a chat over the official socket.io-client.
 */
class DropInPersonaTest {
  static final String PERSONA = "drop-in-negotiator";
  static final String CLASS = "thirdparty.dropin.DropInNegotiator";

  @TempDir Path work;

  @BeforeAll
  static void nodeModulesAreInstalled() {
    NodeClient.requireInstalled();
  }

  @Test
  void a_persona_dropped_into_the_plugins_directory_is_listed_and_negotiates() throws Exception {
    Path plugins = Files.createDirectory(work.resolve("plugins"));
    Configuration config =
        GatewayEndToEndTest.config(
            Map.of(
                "PORT",
                "0",
                "JWT_SECRET",
                ConfigurationTest.SECRET,
                "AI_TIMEOUT_MS",
                "5000",
                "PLUGINS_DIR",
                plugins.toString()));
    PersonaCatalogue personas = PersonaWiring.catalogue(config, Map.of());
    try (Parley parley = Parley.start(config, personas, GatewayEndToEndTest.QUIET, 4);
        Http http = new Http(parley.port())) {
      String token = GatewayEndToEndTest.person(http, "drop-in@example.org").token();
      assertThat(personaIds(http, token)).doesNotContain(PERSONA);
      assertThatThrownBy(() -> Class.forName(CLASS)).isInstanceOf(ClassNotFoundException.class);

      PluginJars.build(
          work,
          plugins,
          PERSONA,
          ">=1.0.0 & <2.0.0",
          CLASS,
          PluginJars.persona(
              CLASS,
              PERSONA,
              "return new PersonaReply(\"Dropped in and ready to talk about \" +"
                  + " turn.scenario().title(), \"greets\", Phase.DISCUSSION, 0.5,"
                  + " new Move.Talk());"));

      assertThat(personaIds(http, token)).contains(PERSONA);
      Http.Response started =
          http.post(
              "/api/negotiations",
              token,
              "{\"scenario_id\":\"salary-offer\",\"persona_id\":\"" + PERSONA + "\"}");
      assertThat(started.status()).as(started.body().toString()).isEqualTo(201);
      String url = "http://127.0.0.1:" + parley.port();
      JsonNode seen =
          NodeClient.run(
              TwoNodesOnRedisTest.SCRIPT,
              GatewayEndToEndTest.NODE_TIMEOUT,
              "share",
              url,
              url,
              token,
              started.body().path("id").asText());

      assertThat(seen.has("error")).as(seen.toString()).isFalse();
      assertThat(seen.path("aiByA").path("content").asText())
          .startsWith("Dropped in and ready to talk about");
      assertThat(seen.path("aiByA").path("ai_metadata").path("model").asText())
          .isEqualTo("test-model");
    }
  }

  @Test
  void a_dropped_in_persona_that_calls_system_exit_costs_its_turn_not_the_server()
      throws Exception {
    Path plugins = Files.createDirectory(work.resolve("plugins"));
    Configuration config =
        GatewayEndToEndTest.config(
            Map.of(
                "PORT",
                "0",
                "JWT_SECRET",
                ConfigurationTest.SECRET,
                "AI_TIMEOUT_MS",
                "20000",
                "PLUGINS_DIR",
                plugins.toString()));
    try (BuiltInsAndDroppedIn personas = PersonaWiring.catalogue(config, Map.of());
        Parley parley = Parley.start(config, personas, GatewayEndToEndTest.QUIET, 4);
        Http http = new Http(parley.port())) {
      String token = GatewayEndToEndTest.person(http, "quitter@example.org").token();
      PluginJars.build(
          work,
          plugins,
          "quitter",
          ">=1.0.0 & <2.0.0",
          "thirdparty.quitter.Quitter",
          PluginJars.persona(
              "thirdparty.quitter.Quitter", "quitter", "System.exit(0); return null;"));
      assertThat(personaIds(http, token)).contains("quitter", "hardball-recruiter");
      Http.Response started =
          http.post(
              "/api/negotiations",
              token,
              "{\"scenario_id\":\"salary-offer\",\"persona_id\":\"quitter\"}");
      String url = "http://127.0.0.1:" + parley.port();

      JsonNode seen =
          NodeClient.run(
              TwoNodesOnRedisTest.SCRIPT,
              GatewayEndToEndTest.NODE_TIMEOUT,
              "fails",
              url,
              url,
              token,
              started.body().path("id").asText());

      assertThat(seen.has("error")).as(seen.toString()).isFalse();
      assertThat(seen.path("failure").path("code").asText()).isEqualTo("AI_UNAVAILABLE");
      assertThat(seen.path("connected").asBoolean()).as(seen.toString()).isTrue();
      assertThat(http.get("/observe/health", null).status()).isEqualTo(200);
      assertThat(personaIds(http, token)).contains("quitter", "hardball-recruiter");
      assertThat(personas.droppedIn().hostStarts()).isGreaterThanOrEqualTo(2);
    }
  }

  private static List<String> personaIds(Http http, String token) {
    Http.Response listed = http.get("/api/personas", token);
    assertThat(listed.status()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    listed.body().path("personas").forEach(persona -> ids.add(persona.path("id").asText()));
    return ids;
  }
}
