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
 * (app/src/test/node/browser.mjs): sign-up, the brief, a chat, a deal, the score, the debrief, the
 * past negotiations; a walk-away and its debrief, and the progress over three negotiations. The
 * debrief and progress pages are checked with axe-core at 375 px and at desktop width: no serious
 * or critical violation. Screenshots are kept in target/browser-screenshots.
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

      assertThat(seen.path("resultTips").asText())
          .as("the final update's compact debrief under the score")
          .startsWith("To do better next time");
      JsonNode debrief = seen.path("debrief");
      assertThat(debrief.path("title").asText())
          .isEqualTo("Debrief: Salary offer with " + GatewayPersonas.SCRIPTED);
      assertThat(debrief.path("focused").asText()).isEqualTo("debrief-title");
      assertThat(debrief.path("ending").asText()).isEqualTo("Deal agreed.");
      assertThat(debrief.path("zones")).as("a zone picture per issue").hasSize(5);
      for (JsonNode zone : debrief.path("zones")) {
        assertThat(zone.path("svgLabelled").asBoolean()).as(zone.toString()).isTrue();
        assertThat(zone.path("walkAways").asInt()).as("both walk-away points").isEqualTo(2);
        assertThat(zone.path("targets").asInt()).as("both targets").isEqualTo(2);
        assertThat(zone.path("deal").asInt()).as("the deal marked").isEqualTo(1);
        assertThat(zone.path("facts").asText())
            .contains(
                "Your walk-away point: ", "Your target: ", "Both would accept: ", "The deal: ");
      }
      assertThat(debrief.path("zones").get(0).path("caption").asText()).isEqualTo("Salary");
      assertThat(debrief.path("pareto").path("points").asInt())
          .as("the frontier plotted")
          .isPositive();
      assertThat(debrief.path("pareto").path("deal").asInt()).isEqualTo(1);
      assertThat(debrief.path("pareto").path("axes").toString())
          .contains("Your value", "Their value");
      assertThat(debrief.path("annotatedTurns"))
          .as("annotations beside the messages they are about")
          .isNotEmpty();
      assertThat(debrief.path("annotatedTurns").toString()).contains("Tip: ");
      assertThat(debrief.path("turns").asInt())
          .isGreaterThanOrEqualTo(seen.path("messagesBeforeDeal").asInt());
      assertThat(debrief.path("across")).as("the persona's side of each learner turn").hasSize(2);
      for (JsonNode turn : debrief.path("across")) {
        assertThat(turn.path("readAs").asText()).contains("read it as: ");
        assertThat(turn.path("reasoning").asText()).contains("reasoning): ").hasSizeGreaterThan(40);
      }
      assertThat(debrief.path("across").toString())
          .contains("A complete package gives you something concrete to answer.");
      assertThat(debrief.path("traces")).hasSize(4);
      assertThat(debrief.path("scoreBars").asInt()).isEqualTo(4);
      assertThat(seen.path("firstTabStop").asText())
          .as("a trace links its message")
          .startsWith("#dmsg-");
      assertThat(seen.path("afterTraceLink").asText()).startsWith("dmsg-");
      assertThat(seen.path("backFocused").asText()).isEqualTo("debrief-back");
      assertThat(seen.path("overflow").path("debrief").asBoolean())
          .as("no sideways scrolling")
          .isFalse();
      assertNoSeriousAxeViolations(seen, "debrief-desktop", "debrief-phone");
      assertThat(SCREENSHOTS.resolve("debrief.png")).isNotEmptyFile();
      assertThat(SCREENSHOTS.resolve("debrief-zones.png")).isNotEmptyFile();

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

  @Test
  void a_walk_away_has_its_debrief_and_three_negotiations_show_as_progress() throws Exception {
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
              .put("email", "progress@example.org")
              .put("persona", GatewayPersonas.SCRIPTED)
              .toString();
      JsonNode seen =
          NodeClient.run(
              SCRIPT,
              Duration.ofSeconds(170),
              "walk-away-and-progress",
              "http://127.0.0.1:" + parley.port(),
              SCREENSHOTS.toString(),
              setup);

      assertThat(seen.has("error")).as(seen.toString()).isFalse();
      assertThat(seen.path("walkOutcome").asText()).contains("No deal");
      JsonNode walk = seen.path("walkDebrief");
      assertThat(walk.path("ending").asText()).isEqualTo("You walked away without a deal.");
      assertThat(walk.path("possible").asText())
          .as("whether a deal was possible")
          .startsWith("A deal was possible");
      assertThat(walk.path("zones")).hasSize(5);
      for (JsonNode zone : walk.path("zones")) {
        assertThat(zone.path("deal").asInt()).as("no deal to mark").isZero();
        assertThat(zone.path("shaded").asInt()).as("the zone shaded").isEqualTo(1);
        assertThat(zone.path("facts").asText()).contains("No deal on this issue");
      }
      assertThat(walk.path("pareto").path("deal").asInt()).isZero();
      assertThat(walk.path("pareto").path("highlight").asInt())
          .as("the best possible deal marked")
          .isEqualTo(1);
      assertThat(walk.path("across")).hasSize(1);
      assertThat(seen.path("overflow").path("debrief-walk-away").asBoolean()).isFalse();
      assertNoSeriousAxeViolations(seen, "debrief-walk-away-desktop", "debrief-walk-away-phone");

      assertThat(seen.path("pastDebriefs").asInt())
          .as("a debrief button per ended one")
          .isEqualTo(3);
      JsonNode progress = seen.path("progress");
      assertThat(progress.path("focused").asText()).isEqualTo("progress-title");
      List<String> keys = new ArrayList<>();
      for (JsonNode trend : progress.path("trends")) {
        keys.add(trend.path("key").asText());
        assertThat(trend.path("points").asInt()).as("a point per negotiation").isEqualTo(3);
        assertThat(trend.path("lines").asInt()).isEqualTo(1);
        assertThat(trend.path("labelled").asBoolean()).isTrue();
      }
      assertThat(keys)
          .containsExactly("claiming_value", "creating_value", "managing_relationships", "overall");
      assertThat(progress.path("trends").get(0).path("values").get(0).asInt())
          .as("the walk-away claims nothing")
          .isZero();
      assertThat(progress.path("means")).hasSize(1);
      assertThat(progress.path("means").get(0).asText())
          .startsWith("Salary offer")
          .contains("3 sessions");
      assertThat(progress.path("tripsOn")).as("what you most often trip on").isNotEmpty();
      assertThat(progress.path("tripsOn").get(0).asText())
          .contains("to improve in ", " of your 3 negotiations");
      assertThat(progress.path("sessions").asInt()).isEqualTo(3);
      assertThat(seen.path("overflow").path("progress").asBoolean())
          .as("no sideways scrolling")
          .isFalse();
      assertNoSeriousAxeViolations(seen, "progress-desktop", "progress-phone");
      assertThat(seen.path("firstSessionEnding").asText())
          .isEqualTo("You walked away without a deal.");
      assertThat(seen.path("lastPastEnding").asText())
          .as("the oldest in the past list is the walk-away")
          .isEqualTo("You walked away without a deal.");
      assertThat(seen.path("pageErrors")).as("script errors on the page").isEmpty();
      assertThat(SCREENSHOTS.resolve("progress.png")).isNotEmptyFile();
      assertThat(SCREENSHOTS.resolve("debrief-walk-away.png")).isNotEmptyFile();
    }
  }

  /** axe-core ran on each page and found nothing serious or critical there. */
  static void assertNoSeriousAxeViolations(JsonNode seen, String... pages) {
    for (String name : pages) {
      JsonNode violations = seen.path("axe").path(name);
      assertThat(violations.isArray()).as("axe ran on " + name + ": " + seen.path("axe")).isTrue();
      List<String> serious = new ArrayList<>();
      List<String> found = new ArrayList<>();
      for (JsonNode violation : violations) {
        String impact = violation.path("impact").asText();
        found.add(violation.path("id").asText() + " (" + impact + ")");
        if (impact.equals("serious") || impact.equals("critical")) {
          serious.add(violation.toString());
        }
      }
      System.out.println(
          "axe-core on " + name + ": " + (found.isEmpty() ? "no violations" : found));
      assertThat(serious).as("serious or critical axe violations on " + name).isEmpty();
    }
  }
}
