package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.postgres.DatabaseUrl;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two tabs of one person on Parley with PostgreSQL: typing in one shows in the other; the server
 * stops and starts again on the same port mid-chat, both tabs reconnect and rejoin by themselves,
 * and the conversation is still there. The browser script asks for the stop and the start on its
 * stdout ({"control": "stop"|"start"}) and waits for "done" on its stdin.
 */
class WebClientRestartBrowserTest {
  static final String DATABASE_VARIABLE = "PARLEY_TEST_DATABASE_URL";
  String serverUrl;
  String schema;

  @BeforeAll
  static void browserIsInstalled() {
    WebClientBrowserTest.browserIsInstalled();
  }

  @BeforeEach
  void freshSchema() {
    serverUrl = System.getenv(DATABASE_VARIABLE);
    if (serverUrl == null || serverUrl.isBlank()) {
      fail(DATABASE_VARIABLE + " is not set: run ops/test (or ops/services/10-postgres.sh)");
    }
    schema = "t_web_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    sql("create schema " + schema);
  }

  @AfterEach
  void dropSchema() {
    sql("drop schema if exists " + schema + " cascade");
  }

  private void sql(String statement) {
    DatabaseUrl url = DatabaseUrl.parse(serverUrl);
    try (var connection = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
        var st = connection.createStatement()) {
      st.execute(statement);
    } catch (SQLException e) {
      fail("PostgreSQL refused `" + statement + "`: " + e.getMessage(), e);
    }
  }

  private Parley start(int port) {
    return Parley.start(
        GatewayEndToEndTest.config(
            Map.of(
                "PORT",
                Integer.toString(port),
                "JWT_SECRET",
                ConfigurationTest.SECRET,
                "DATABASE_URL",
                serverUrl + "?currentSchema=" + schema)),
        GatewayPersonas.catalogue(),
        GatewayEndToEndTest.QUIET,
        4);
  }

  @Test
  void two_tabs_see_each_other_typing_and_survive_a_server_restart() throws Exception {
    Parley parley = start(0);
    int port = parley.port();
    String setup =
        Http.JSON
            .createObjectNode()
            .put("email", "tabs@example.org")
            .put("persona", GatewayPersonas.SCRIPTED)
            .toString();
    Path errors = Files.createTempFile("browser-", ".log");
    Process node =
        new ProcessBuilder(
                "node",
                WebClientBrowserTest.SCRIPT.toString(),
                "tabs-and-restart",
                "http://127.0.0.1:" + port,
                WebClientBrowserTest.SCREENSHOTS.toString(),
                setup)
            .redirectError(errors.toFile())
            .start();
    String last = "";
    try (var lines =
            new BufferedReader(
                new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
        Writer replies = node.outputWriter(StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        last = line;
        JsonNode control = Http.JSON.readTree(line).path("control");
        if (control.asText().equals("stop")) {
          parley.close();
          parley = null;
        } else if (control.asText().equals("start")) {
          parley = start(port);
        } else {
          continue;
        }
        replies.write("done\n");
        replies.flush();
      }
      if (!node.waitFor(90, TimeUnit.SECONDS)) {
        fail("the browser script did not finish in 90 s");
      }
    } finally {
      node.destroyForcibly();
      if (parley != null) {
        parley.close();
      }
    }
    JsonNode seen = Http.JSON.readTree(last.isEmpty() ? "{}" : last);
    assertThat(node.exitValue()).as(seen + "\n" + Files.readString(errors)).isZero();
    Files.deleteIfExists(errors);
    assertThat(seen.has("error")).as(seen.toString()).isFalse();
    assertThat(seen.path("typingSeen").asText()).isEqualTo("You are typing in another window…");
    assertThat(seen.path("whileDown").asText()).containsIgnoringCase("reconnecting");
    List<String> transcript =
        Http.JSON.convertValue(
            seen.path("afterReload"),
            Http.JSON.getTypeFactory().constructCollectionType(List.class, String.class));
    assertThat(transcript)
        .containsSubsequence(
            "Before the restart: what is the budget?",
            "Here is a package that works for us.",
            "After the restart: still there?",
            "Here is a package that works for us.");
    // the reading is kept with the message, so the reloaded history shows it again
    assertThat(seen.path("readAsAfterReload").asText()).contains("a question");
  }
}
