package dev.parley.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The official socket.io-client v4 (Node) against the server on a real Helidon WebServer. */
class SocketIoClientEndToEndTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    NodeClient.requireInstalled();
    server = new TestServer(SocketIoOptions.defaults());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"websocket", "polling", "upgrade"})
  void authEchoBinaryAndAcksBothWays(String mode) throws Exception {
    JsonNode result = NodeClient.run("basic", server.url(), mode);

    assertThat(result.path("error").isMissingNode()).as(result.toString()).isTrue();
    assertThat(result.get("auth").toString()).isEqualTo("{\"token\":\"abc\",\"n\":1}");
    assertThat(result.get("echo").toString())
        .isEqualTo(
            "[1,\"two\",{\"three\":[true]},{\"binary\":[1,2,3]},{\"nested\":[{\"binary\":[4]}]}]");
    assertThat(result.get("ack").toString()).isEqualTo("[\"a\",{\"b\":2},{\"binary\":[9]}]");
    assertThat(result.get("answer").asInt()).isEqualTo(42);
    String expectedTransport = mode.equals("polling") ? "polling" : "websocket";
    assertThat(result.get("transport").asText()).isEqualTo(expectedTransport);
    if (mode.equals("upgrade")) {
      assertThat(result.get("firstTransport").asText()).isEqualTo("polling");
    }
  }

  @Test
  void middlewareRefusalReachesTheClientWithItsData() throws Exception {
    JsonNode result = NodeClient.run("refused", server.url());

    assertThat(result.get("error").toString())
        .isEqualTo("{\"message\":\"not authorized\",\"data\":{\"reason\":\"bad token\"}}");
    assertThat(result.get("connectErrors").asInt()).as("no automatic retry").isEqualTo(1);
    assertThat(result.get("active").asBoolean()).isFalse();
    assertThat(result.get("goodConnected").asBoolean()).isTrue();
    assertThat(result.get("unknown").asText()).isEqualTo("Invalid namespace");
  }

  @Test
  void roomsBroadcastToOthersAndHonourExcept() throws Exception {
    JsonNode result = NodeClient.run("rooms", server.url());

    assertThat(result.get("roomSize").asInt()).isEqualTo(3);
    assertThat(result.get("heard").toString())
        .isEqualTo("{\"a\":[\"hey\"],\"b\":[\"hi\",\"hey\"],\"c\":[\"hi\"]}");
  }

  @Test
  void clientReconnectsAfterTheServerClosesItsConnection() throws Exception {
    JsonNode result = NodeClient.run("reconnect", server.url());

    assertThat(result.get("connects").asInt()).isEqualTo(2);
    assertThat(result.get("reasons").toString()).isEqualTo("[\"transport close\"]");
    assertThat(result.get("newId").asBoolean()).isTrue();
  }

  @Test
  void connectionStateRecoveryRestoresTheSessionAndReplaysMissedPackets() throws Exception {
    try (TestServer recovering =
        new TestServer(
            SocketIoOptions.defaults()
                .withRecovery(ConnectionStateRecovery.on(Duration.ofMinutes(2))))) {
      JsonNode result = NodeClient.run("recovery", recovering.url());

      assertThat(result.get("firstRecovered").asBoolean()).isFalse();
      assertThat(result.get("recovered").asBoolean()).isTrue();
      assertThat(result.get("sameId").asBoolean()).isTrue();
      assertThat(result.get("news").toString())
          .isEqualTo("[\"welcome\",\"missed-1\",\"missed-2\"]");
    }
  }

  @Test
  void fiveHundredConcurrentClientsFromOneProcess() throws Exception {
    JsonNode result = NodeClient.run("many", server.url(), "500");

    assertThat(result.get("failures").toString()).isEqualTo("[]");
    assertThat(result.get("acked").asInt()).isEqualTo(500);
    assertThat(result.get("distinctIds").asInt()).isEqualTo(500);
  }
}
