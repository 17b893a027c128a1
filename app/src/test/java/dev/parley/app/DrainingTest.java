package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Shutting a node down drains it: during the grace its health is 503 and new Socket.IO connections
 * are refused with 503 (a load balancer retries them on another node), then it stops.
 */
class DrainingTest {

  @Test
  void a_draining_node_turns_unhealthy_refuses_new_connections_and_then_stops() throws Exception {
    Parley node =
        Parley.start(
            GatewayEndToEndTest.config(Map.of("PORT", "0", "JWT_SECRET", ConfigurationTest.SECRET)),
            GatewayPersonas.catalogue(),
            GatewayEndToEndTest.QUIET,
            4);
    try (Http http = new Http(node.port())) {
      assertThat(http.get("/observe/health", null).status()).isEqualTo(200);

      Thread draining = Thread.ofPlatform().start(() -> node.shutDown(Duration.ofMillis(1500)));
      Http.Response health = http.get("/observe/health", null);
      for (int i = 0; i < 50 && health.status() == 200; i++) {
        Thread.sleep(20);
        health = http.get("/observe/health", null);
      }
      Http.Response handshake = http.get("/socket.io/?EIO=4&transport=polling", null);

      assertThat(health.status()).isEqualTo(503);
      assertThat(health.body().path("checks").path("accepting").asText()).isEqualTo("DOWN");
      assertThat(handshake.status()).isEqualTo(503);
      assertThat(handshake.body().path("message").asText()).isEqualTo("Server shutting down");
      draining.join(Duration.ofSeconds(15));
      assertThat(draining.isAlive()).isFalse();
      assertThatThrownBy(() -> http.get("/observe/health", null))
          .isInstanceOf(UncheckedIOException.class);
    } finally {
      node.close();
    }
  }
}
