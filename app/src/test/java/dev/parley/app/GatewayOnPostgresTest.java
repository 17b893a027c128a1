package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.postgres.DatabaseUrl;
import dev.parley.socketio.NodeClient;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The event contract on PostgreSQL without dev mode: a deleted user cannot connect, dev events are
 * DEV_DISABLED, markup and control characters never reach the messages table, and the audit table
 * has a row for every event of the run, refused ones included.
 */
class GatewayOnPostgresTest {
  static final String VARIABLE = "PARLEY_TEST_DATABASE_URL";
  String serverUrl;
  String schema;

  @BeforeAll
  static void nodeModulesAreInstalled() {
    NodeClient.requireInstalled();
  }

  @BeforeEach
  void freshSchema() throws SQLException {
    serverUrl = System.getenv(VARIABLE);
    if (serverUrl == null || serverUrl.isBlank()) {
      fail(VARIABLE + " is not set: run ops/test (or ops/services/10-postgres.sh)");
    }
    schema = "t_gw_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection db = connect()) {
      db.createStatement().execute("create schema " + schema);
    }
  }

  @AfterEach
  void dropSchema() throws SQLException {
    try (Connection db = connect()) {
      db.createStatement().execute("drop schema if exists " + schema + " cascade");
    }
  }

  private Connection connect() throws SQLException {
    DatabaseUrl url = DatabaseUrl.parse(serverUrl);
    return DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
  }

  @Test
  void sanitised_text_dev_events_refused_and_every_event_audited() throws Exception {
    String negotiation;
    JsonNode seen;
    try (Parley parley =
            Parley.start(
                GatewayEndToEndTest.config(
                    Map.of(
                        "PORT",
                        "0",
                        "JWT_SECRET",
                        ConfigurationTest.SECRET,
                        "AI_TIMEOUT_MS",
                        "5000",
                        "DATABASE_URL",
                        serverUrl + "?currentSchema=" + schema)),
                GatewayPersonas.catalogue(),
                GatewayEndToEndTest.QUIET,
                4);
        Http http = new Http(parley.port())) {
      GatewayEndToEndTest.Person person =
          GatewayEndToEndTest.person(http, "pg-limits@example.org", GatewayPersonas.SCRIPTED);
      GatewayEndToEndTest.Person deleted =
          GatewayEndToEndTest.person(http, "pg-deleted@example.org");
      try (Connection db = connect()) {
        var delete = db.prepareStatement("delete from " + schema + ".users where id = ?");
        delete.setObject(1, deleted.userId());
        assertThat(delete.executeUpdate()).isEqualTo(1);
      }
      negotiation = person.negotiations().get(0);
      ObjectNode setup = Http.JSON.createObjectNode();
      setup
          .putObject("users")
          .putObject("limits")
          .put("token", person.token())
          .put("negotiation", negotiation)
          .put("deletedToken", deleted.token());
      seen =
          NodeClient.run(
              GatewayEndToEndTest.SCRIPT,
              GatewayEndToEndTest.NODE_TIMEOUT,
              "production",
              "http://127.0.0.1:" + parley.port(),
              "websocket",
              setup.toString());
    }
    // Parley is closed: the audit trail is written out.

    assertThat(seen.has("error")).as(seen.toString()).isFalse();
    GatewayEndToEndTest.assertRefused(seen.path("deletedUser"), "User not found", "USER_NOT_FOUND");
    assertThat(seen.path("join").path("ok").asBoolean()).isTrue();
    assertThat(seen.path("markup").path("ok").asBoolean()).isTrue();
    String broadcast = seen.path("markupReceived").path("content").asText();
    GatewayEndToEndTest.assertClean(broadcast);
    assertThat(broadcast).contains("Hi").contains("there");
    assertThat(seen.path("devTrigger").path("error").path("code").asText())
        .isEqualTo("DEV_DISABLED");
    assertThat(seen.path("devComplete").path("error").path("code").asText())
        .isEqualTo("DEV_DISABLED");
    assertThat(seen.path("devErrors").toString())
        .isEqualTo("[\"DEV_DISABLED:dev-trigger-ai\",\"DEV_DISABLED:dev-complete-negotiation\"]");
    assertThat(seen.path("invalid").path("error").path("code").asText())
        .isEqualTo("INVALID_PAYLOAD");

    try (Connection db = connect()) {
      var messages =
          db.prepareStatement(
              "select sender_type, content from " + schema + ".messages where negotiation_id = ?");
      messages.setObject(1, UUID.fromString(negotiation));
      List<String> stored = new ArrayList<>();
      try (var rows = messages.executeQuery()) {
        while (rows.next()) {
          stored.add(rows.getString(1) + ": " + rows.getString(2));
        }
      }
      assertThat(stored).hasSize(2).anyMatch(row -> row.startsWith("user: "));
      stored.forEach(GatewayEndToEndTest::assertClean);
      assertThat(stored).contains("user: " + broadcast);

      List<String> audit = new ArrayList<>();
      try (var rows =
          db.createStatement()
              .executeQuery("select event, outcome from " + schema + ".audit_events order by id")) {
        while (rows.next()) {
          audit.add(rows.getString(1) + " " + rows.getString(2));
        }
      }
      assertThat(audit)
          .as(audit.toString())
          .contains(
              "connect USER_NOT_FOUND",
              "connect ok",
              "join-negotiation ok",
              "send-message ok",
              "ai-turn ok",
              "dev-trigger-ai DEV_DISABLED",
              "dev-complete-negotiation DEV_DISABLED",
              "send-message INVALID_PAYLOAD",
              "unknown-event-for-audit IGNORED",
              "leave-negotiation ok",
              "disconnect ok");
    }
  }
}
