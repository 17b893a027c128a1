package dev.parley.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.socketio.SocketSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Two Java nodes on a {@link PrivateRedis}: while Redis is down each node keeps serving its local
 * sockets; when it is back, cross-node traffic resumes without restarting the nodes.
 */
class RedisRestartTest {

  @Test
  void localDeliveryGoesOnWithoutRedisAndCrossNodeTrafficResumesWhenItIsBack() throws Exception {
    try (PrivateRedis redis = PrivateRedis.start();
        JavaNode node1 = new JavaNode(redis.url(), "java-1");
        JavaNode node2 = new JavaNode(redis.url(), "java-2");
        NodeDriver clients = new NodeDriver(redis.url())) {
      String url = redis.url();
      TestRedis.awaitNodes(url, "/", 2);
      for (var client : List.of(List.of("a", node1.url()), List.of("b", node2.url()))) {
        clients.call("client.connect", "name", client.get(0), "url", client.get(1));
        clients.call(
            "client.emitWithAck", "name", client.get(0), "event", "join", "args", List.of("r"));
      }
      node1.main().to("r").emit("before", 1);
      clients.call("client.waitFor", "name", "a", "event", "before");
      clients.call("client.waitFor", "name", "b", "event", "before");

      redis.stop();
      node1.main().to("r").emit("during", 2);
      clients.call("client.waitFor", "name", "a", "event", "during");
      List<SocketSnapshot> local = node1.main().in("r").fetchSockets().get(10, TimeUnit.SECONDS);
      assertThat(local).hasSize(1);

      redis.startAgain();
      TestRedis.awaitNodes(url, "/", 2);
      awaitDelivery(clients, node1, "b", "after-1");
      awaitDelivery(clients, node2, "a", "after-2");
      assertThat(events(clients, "b")).doesNotContain("during");
    }
  }

  /** Emits from a node until the client on the other node hears it (the command link may lag). */
  private static void awaitDelivery(NodeDriver clients, JavaNode from, String client, String event)
      throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    do {
      from.main().to("r").emit(event);
      Thread.sleep(200);
      if (events(clients, client).contains(event)) {
        return;
      }
    } while (System.nanoTime() < deadline);
    throw new AssertionError(client + " never got " + event + ": " + events(clients, client));
  }

  private static List<String> events(NodeDriver clients, String client) throws Exception {
    JsonNode events = clients.call("client.events", "name", client);
    return StreamSupport.stream(events.spliterator(), false).map(e -> e.get(0).asText()).toList();
  }
}
