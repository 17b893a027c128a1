package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.postgres.DatabaseUrl;
import dev.parley.socketio.NodeClient;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes sharing PostgreSQL and Redis (REDIS_URL wires the Redis room adapter): the same
 * person's sockets on different nodes, one over WebSocket and one over long-polling, see each
 * other's typing, messages and the AI's replies, and both are counted in the room.
 */
class TwoNodesOnRedisTest {
  static final Path SCRIPT = Path.of("src/test/node/two-nodes.mjs").toAbsolutePath();
  String databaseUrl;
  String redisUrl;
  String schema;

  @BeforeAll
  static void nodeModulesAreInstalled() {
    NodeClient.requireInstalled();
  }

  @BeforeEach
  void freshSchema() throws SQLException {
    databaseUrl = required("PARLEY_TEST_DATABASE_URL", "ops/services/10-postgres.sh");
    redisUrl = required("PARLEY_TEST_REDIS_URL", "ops/services/15-redis.sh");
    schema = "t_nodes_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
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

  private static String required(String variable, String script) {
    String value = System.getenv(variable);
    if (value == null || value.isBlank()) {
      fail(variable + " is not set: run ops/test (or " + script + ")");
    }
    return value;
  }

  private Connection connect() throws SQLException {
    DatabaseUrl url = DatabaseUrl.parse(databaseUrl);
    return DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
  }

  private Parley node(String nodeId) {
    return Parley.start(
        GatewayEndToEndTest.config(
            Map.of(
                "PORT",
                "0",
                "JWT_SECRET",
                ConfigurationTest.SECRET,
                "AI_TIMEOUT_MS",
                "10000",
                "NODE_ID",
                nodeId,
                "REDIS_URL",
                redisUrl,
                "DATABASE_URL",
                databaseUrl + "?currentSchema=" + schema)),
        GatewayPersonas.catalogue(),
        GatewayEndToEndTest.QUIET,
        4);
  }

  @Test
  void sockets_of_one_negotiation_on_two_nodes_share_its_room() throws Exception {
    try (Parley nodeA = node("node-a");
        Parley nodeB = node("node-b");
        Http http = new Http(nodeA.port())) {
      GatewayEndToEndTest.Person person =
          GatewayEndToEndTest.person(http, "two-nodes@example.org", GatewayPersonas.SCRIPTED);
      String negotiation = person.negotiations().get(0);

      JsonNode seen =
          NodeClient.run(
              SCRIPT,
              GatewayEndToEndTest.NODE_TIMEOUT,
              "share",
              "http://127.0.0.1:" + nodeA.port(),
              "http://127.0.0.1:" + nodeB.port(),
              person.token(),
              negotiation);

      assertThat(seen.has("error")).as(seen.toString()).isFalse();
      assertThat(seen.path("joinedB").path("ok").asBoolean()).as(seen.toString()).isTrue();
      // the second socket, on the other node, is counted with the first: presence is cluster-wide
      assertThat(seen.path("joinedA").path("participant_count").asInt()).isEqualTo(1);
      assertThat(seen.path("joinedB").path("participant_count").asInt()).isEqualTo(2);
      assertThat(seen.path("typingSeenByB").path("user_id").asText())
          .isEqualTo(person.userId().toString());
      String storedId = seen.path("sent").path("message").path("id").asText();
      assertThat(storedId).isNotBlank();
      assertThat(seen.path("receivedByB").path("id").asText()).isEqualTo(storedId);
      assertThat(seen.path("aiByB").path("id").asText())
          .isNotBlank()
          .isEqualTo(seen.path("aiByA").path("id").asText());
      assertThat(seen.path("aiByB").path("ai_metadata").has("model")).isTrue();
    }
  }

  @Test
  void an_ai_turn_in_flight_on_a_draining_node_finishes_and_reaches_its_client_elsewhere()
      throws Exception {
    Parley nodeA = node("node-a");
    try (Parley nodeB = node("node-b");
        Http http = new Http(nodeB.port())) {
      GatewayEndToEndTest.Person person =
          GatewayEndToEndTest.person(http, "draining@example.org", GatewayPersonas.THOUGHTFUL);
      String negotiation = person.negotiations().get(0);
      Process client =
          new ProcessBuilder(
                  "node",
                  SCRIPT.toString(),
                  "drain",
                  "http://127.0.0.1:" + nodeA.port(),
                  "http://127.0.0.1:" + nodeB.port(),
                  person.token(),
                  negotiation)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      try (BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8))) {
        JsonNode sent = Http.JSON.readTree(lines.readLine());
        assertThat(sent.path("sent").path("ok").asBoolean()).as(sent.toString()).isTrue();

        long drainStarted = System.nanoTime();
        nodeA.shutDown(Duration.ZERO);
        Duration drained = Duration.ofNanos(System.nanoTime() - drainStarted);
        JsonNode seen = Http.JSON.readTree(lines.readLine());

        assertThat(seen.has("error")).as(seen.toString()).isFalse();
        assertThat(seen.path("reason").asText())
            .as("a transport close, so the client reconnects")
            .isEqualTo("transport close");
        assertThat(seen.path("answer").path("id").asText()).isNotBlank();
        assertThat(drained)
            .as("the drain waited for the turn in flight")
            .isGreaterThan(GatewayPersonas.THOUGHTFUL_TURN.dividedBy(2));
        assertThat(aiMessagesStored(negotiation)).isEqualTo(1);
      } finally {
        client.destroyForcibly();
      }
    } finally {
      nodeA.close();
    }
  }

  private int aiMessagesStored(String negotiation) throws SQLException {
    try (Connection db = connect();
        var count =
            db.prepareStatement(
                "select count(*) from "
                    + schema
                    + ".messages where negotiation_id = ? and sender_type = 'ai'")) {
      count.setObject(1, UUID.fromString(negotiation));
      try (var rows = count.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}
