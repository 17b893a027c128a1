package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.plugins.host.BuiltInsAndDroppedIn;
import dev.parley.socketio.NodeClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The newcomer's path end to end: {@code ops/new-persona} makes a project outside the repository,
 * Maven builds it (its own rehearsal test included) against this build's persona API, and the jar
 * dropped into a running server is listed, negotiates over socket.io-client, is upgraded and
 * removed, all without a restart.
 *
 * <p>The project builds with a local repository of its own holding this build's jars (copied as
 * {@code ops/install-persona-api} installs them), and everything else from the machine's Maven
 * repository read as a remote one, so the test neither needs the network nor touches that
 * repository.
 */
class PersonaFromTemplateTest {

  private static final Path ROOT = Path.of(System.getProperty("parley.root", "..")).normalize();
  private static final String VERSION = System.getProperty("parley.version", "0.1.0-SNAPSHOT");
  private static final Duration BUILD = Duration.ofMinutes(5);

  @TempDir Path work;

  @BeforeAll
  static void nodeModulesAreInstalled() {
    NodeClient.requireInstalled();
  }

  @Test
  void aPersonaFromTheTemplateIsBuiltDroppedInNegotiatesIsUpgradedAndRemoved() throws Exception {
    Path project = work.resolve("outside/mirror-bot");
    run(work, "bash", ROOT.resolve("ops/new-persona").toString(), project.toString());
    Path settings = repositories();

    Path jar = build(project, settings);

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
    try (BuiltInsAndDroppedIn personas =
            PersonaWiring.catalogue(config, Map.of("PLUGIN_MIRROR_BOT_NAME", "Robin, configured"));
        Parley parley = Parley.start(config, personas, GatewayEndToEndTest.QUIET, 4);
        Http http = new Http(parley.port())) {
      String token = GatewayEndToEndTest.person(http, "newcomer@example.org").token();
      assertThat(personas(http, token)).doesNotContainKey("mirror-bot");

      dropIn(jar, plugins);
      assertThat(personas(http, token)).containsEntry("mirror-bot", "Robin, configured");
      JsonNode first = negotiate(http, parley, token);
      assertThat(first.path("aiByA").path("content").asText()).isNotBlank();
      assertThat(first.path("aiByA").path("ai_metadata").path("model").asText())
          .isEqualTo("rule-based");

      Path source = project.resolve("src/main/java/example/mirrorbot/MirrorBotPersona.java");
      Files.writeString(
          source, Files.readString(source).replace("\"rule-based\"", "\"rule-based, v2\""));
      dropIn(build(project, settings), plugins);
      JsonNode upgraded = negotiate(http, parley, token);
      assertThat(upgraded.path("aiByA").path("ai_metadata").path("model").asText())
          .isEqualTo("rule-based, v2");

      Files.delete(plugins.resolve("mirror-bot.jar"));
      assertThat(personas(http, token)).doesNotContainKey("mirror-bot");
    }
  }

  /**
   * A local repository holding this build's artifacts, and settings reading every other artifact
   * from the machine's repository as a remote one.
   */
  private Path repositories() throws IOException {
    Path local = work.resolve("m2");
    install(local, "parley", ROOT.resolve("pom.xml"), null);
    install(local, "parley-domain", ROOT.resolve("domain/pom.xml"), ROOT.resolve("domain"));
    install(local, "parley-reader", ROOT.resolve("reader/pom.xml"), ROOT.resolve("reader"));
    install(
        local,
        "parley-scenarios",
        ROOT.resolve("adapters/scenarios/pom.xml"),
        ROOT.resolve("adapters/scenarios"));
    install(
        local,
        "parley-persona-api",
        ROOT.resolve("plugins/persona-api/pom.xml"),
        ROOT.resolve("plugins/persona-api"));
    Path machine = Path.of(System.getProperty("user.home"), ".m2", "repository");
    Path settings = work.resolve("settings.xml");
    Files.writeString(
        settings,
        """
        <settings>
          <localRepository>%s</localRepository>
          <mirrors><mirror><id>machine</id><mirrorOf>*</mirrorOf><url>%s</url></mirror></mirrors>
        </settings>
        """
            .formatted(local, machine.toUri()));
    return settings;
  }

  private static void install(Path repository, String artifact, Path pom, Path module)
      throws IOException {
    Path into =
        Files.createDirectories(repository.resolve("dev/parley/" + artifact + "/" + VERSION));
    Files.copy(pom, into.resolve(artifact + "-" + VERSION + ".pom"));
    if (module != null) {
      Path jar = module.resolve("target/" + artifact + ".jar");
      assertThat(jar).as("%s is built (mvn package or verify, with -am)", jar).exists();
      Files.copy(jar, into.resolve(artifact + "-" + VERSION + ".jar"));
    }
  }

  private Path build(Path project, Path settings) throws Exception {
    run(project, "mvn", "-B", "-q", "-ntp", "-s", settings.toString(), "package");
    Path jar = project.resolve("target/mirror-bot.jar");
    assertThat(jar).exists();
    return jar;
  }

  /** As an operator copies a plugin in: to a temporary name, then renamed. */
  private static void dropIn(Path jar, Path plugins) throws IOException {
    Path partial = plugins.resolve(".mirror-bot.jar.part");
    Files.copy(jar, partial, StandardCopyOption.REPLACE_EXISTING);
    Files.move(partial, plugins.resolve("mirror-bot.jar"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static JsonNode negotiate(Http http, Parley parley, String token) throws Exception {
    Http.Response started =
        http.post(
            "/api/negotiations",
            token,
            "{\"scenario_id\":\"salary-offer\",\"persona_id\":\"mirror-bot\"}");
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
    return seen;
  }

  private static Map<String, String> personas(Http http, String token) {
    Http.Response listed = http.get("/api/personas", token);
    assertThat(listed.status()).isEqualTo(200);
    Map<String, String> names = new java.util.LinkedHashMap<>();
    listed
        .body()
        .path("personas")
        .forEach(persona -> names.put(persona.path("id").asText(), persona.path("name").asText()));
    return names;
  }

  private static void run(Path directory, String... command) throws Exception {
    List<String> line = new ArrayList<>(List.of(command));
    ProcessBuilder builder = new ProcessBuilder(line).directory(directory.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.redirectErrorStream(true);
    Path output = Files.createTempFile(directory, "run", ".log");
    builder.redirectOutput(output.toFile());
    Process process = builder.start();
    boolean ended = process.waitFor(BUILD.toSeconds(), TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }
    assertThat(ended && process.exitValue() == 0)
        .as("%s in %s:%n%s", line, directory, Files.readString(output, StandardCharsets.UTF_8))
        .isTrue();
  }
}
