package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.socketio.NodeClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web client served at {@code /}, driven in headless Chromium by playwright-core
 * (app/src/test/node/browser.mjs): sign-up, the brief, a chat, a deal, the score, the past
 * negotiations. Screenshots are kept in target/browser-screenshots.
 */
class WebClientBrowserTest {
  static final String MODULES_VARIABLE = "PARLEY_WEB_NODE_MODULES";
  static final Path SCRIPT = Path.of("src/test/node/browser.mjs").toAbsolutePath();
  static final Path SCREENSHOTS = Path.of("target/browser-screenshots").toAbsolutePath();
  static final Duration NODE_TIMEOUT = Duration.ofSeconds(90);

  /** Fails (never skips) when playwright-core or Chromium is missing. */
  @BeforeAll
  static void browserIsInstalled() {
    String modules = System.getenv(MODULES_VARIABLE);
    if (modules == null || modules.isBlank()) {
      fail(MODULES_VARIABLE + " is not set: run ops/services/40-web.sh (ops/test does)");
    }
    if (!Files.isDirectory(Path.of(modules, "playwright-core"))) {
      fail(
          MODULES_VARIABLE + "=" + modules + " has no playwright-core: run ops/services/40-web.sh");
    }
    String chromium = System.getenv().getOrDefault("PARLEY_CHROMIUM", "/usr/bin/chromium");
    if (!Files.isExecutable(Path.of(chromium))) {
      fail(chromium + " is missing: run ops/services/40-web.sh as root or install chromium");
    }
  }

  @Test
  void a_person_signs_up_negotiates_a_deal_and_sees_the_score() throws Exception {
    try (Parley parley =
        Parley.start(
            GatewayEndToEndTest.config(
                Map.of("PORT", "0", "DEV_MODE", "true", "JWT_SECRET", ConfigurationTest.SECRET)),
            GatewayPersonas.catalogue(),
            GatewayEndToEndTest.QUIET,
            4)) {
      String setup =
          Http.JSON
              .createObjectNode()
              .put("email", "browser@example.org")
              .put("scenario", "salary-offer")
              .put("persona", GatewayPersonas.SCRIPTED)
              .toString();
      JsonNode seen =
          NodeClient.run(
              SCRIPT,
              NODE_TIMEOUT,
              "deal",
              "http://127.0.0.1:" + parley.port(),
              SCREENSHOTS.toString(),
              setup);

      assertThat(seen.has("error")).as(seen.toString()).isFalse();
      assertThat(seen.path("demoOffered").asBoolean())
          .as("demo login offered in dev mode")
          .isTrue();
      assertThat(seen.path("whoami").asText()).isEqualTo("Signed in as Browser Tester");
      assertThat(seen.path("brief").asText())
          .contains("Your role: Candidate", "Your priorities", "Salary", "If there is no deal:");
      assertThat(seen.path("emptyError").asText()).isEqualTo("Write something before sending.");
      assertThat(seen.path("charsLeft").asText()).isEqualTo("909 characters left");
      assertThat(seen.path("messagesBeforeDeal").asInt()).isEqualTo(2);
      // the test server shows replies at once (no reply delay): the indicator promises no wait
      assertThat(seen.path("aiTyping").toString())
          .as("the AI typing indicator with its estimate")
          .contains(GatewayPersonas.SCRIPTED + " is typing…")
          .doesNotContain("(about");
      String table = seen.path("table").asText();
      assertThat(table).startsWith(GatewayPersonas.SCRIPTED + " proposes: Salary: ");
      String[] tabled = table.substring(table.indexOf(": ") + 2).split(" · ");
      assertThat(tabled).hasSize(5);
      assertThat(seen.path("proposeFields").asInt()).isEqualTo(5);

      assertThat(seen.path("readAs").asText())
          .as("the persona's reading under the learner's message")
          .startsWith("Read as: a yes")
          .contains("Correct it");
      assertThat(seen.path("pendingCard").asText())
          .as("the confirmation card restates the package")
          .contains("Confirm the deal?", "Confirm", "Keep talking")
          .contains(tabled);
      assertThat(seen.path("outcome").asText()).contains("Deal agreed.").contains(tabled);
      List<String> keys = new ArrayList<>();
      for (JsonNode bar : seen.path("bars")) {
        keys.add(bar.path("key").asText());
        assertThat(bar.path("value").asInt()).isBetween(0, 100);
        assertThat(bar.path("width").asDouble())
            .isEqualTo(260.0 * bar.path("value").asInt() / 100, offset(0.5));
      }
      assertThat(keys)
          .containsExactly("claiming_value", "creating_value", "managing_relationships", "overall");
      assertThat(seen.path("meaning").asText())
          .contains("Claiming value", "Creating value", "Managing relationships", "Overall");
      assertThat(seen.path("composerHidden").asBoolean()).isTrue();

      assertThat(seen.path("past").get(0).asText()).contains("completed", "score");
      assertThat(seen.path("reopenedMessages").asInt())
          .isGreaterThanOrEqualTo(seen.path("messagesBeforeDeal").asInt());
      assertThat(seen.path("phoneOverflow").asBoolean()).as("no sideways scrolling").isFalse();
      assertThat(seen.path("pageErrors")).as("script errors on the page").isEmpty();
      assertThat(SCREENSHOTS.resolve("chat.png")).isNotEmptyFile();
      assertThat(SCREENSHOTS.resolve("score.png")).isNotEmptyFile();
      assertThat(SCREENSHOTS.resolve("confirm.png")).isNotEmptyFile();
    }
  }
}
