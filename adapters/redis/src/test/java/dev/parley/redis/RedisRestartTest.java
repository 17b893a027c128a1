package dev.parley.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.socketio.SocketSnapshot;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Two Java nodes on a redis-server this test starts (and stops, by its own process) on a port of
 * its own: while Redis is down each node keeps serving its local sockets; when it is back,
 * cross-node traffic resumes without restarting the nodes.
 */
class RedisRestartTest {

  @Test
  void localDeliveryGoesOnWithoutRedisAndCrossNodeTrafficResumesWhenItIsBack() throws Exception {
    TestRedis.url(); // the suite's Redis service must be set up: it installs redis-server
    int port = freePort();
    Path dir = Files.createTempDirectory("parley-redis-restart-");
    String url = "redis://127.0.0.1:" + port;
    Process redis = startRedis(port, dir);
    try (JavaNode node1 = new JavaNode(url, "java-1");
        JavaNode node2 = new JavaNode(url, "java-2");
        NodeDriver clients = new NodeDriver(url)) {
      TestRedis.awaitNodes(url, "/", 2);
      for (var client : List.of(List.of("a", node1.url()), List.of("b", node2.url()))) {
        clients.call("client.connect", "name", client.get(0), "url", client.get(1));
        clients.call(
            "client.emitWithAck", "name", client.get(0), "event", "join", "args", List.of("r"));
      }
      node1.main().to("r").emit("before", 1);
      clients.call("client.waitFor", "name", "a", "event", "before");
      clients.call("client.waitFor", "name", "b", "event", "before");

      stop(redis);
      node1.main().to("r").emit("during", 2);
      clients.call("client.waitFor", "name", "a", "event", "during");
      List<SocketSnapshot> local = node1.main().in("r").fetchSockets().get(10, TimeUnit.SECONDS);
      assertThat(local).hasSize(1);

      redis = startRedis(port, dir);
      TestRedis.awaitNodes(url, "/", 2);
      awaitDelivery(clients, node1, "b", "after-1");
      awaitDelivery(clients, node2, "a", "after-2");
      assertThat(events(clients, "b")).doesNotContain("during");
    } finally {
      stop(redis);
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

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static Process startRedis(int port, Path dir) throws Exception {
    Process process =
        new ProcessBuilder(
                "redis-server",
                "--port",
                String.valueOf(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--daemonize",
                "no",
                "--dir",
                dir.toString())
            .redirectOutput(dir.resolve("redis.log").toFile())
            .redirectErrorStream(true)
            .start();
    TestRedis.await(
        "redis-server on port " + port,
        Duration.ofSeconds(10),
        () -> {
          try (var socket = new java.net.Socket("127.0.0.1", port)) {
            return true;
          } catch (IOException e) {
            return false;
          }
        });
    return process;
  }

  private static void stop(Process redis) throws InterruptedException {
    redis.destroy();
    if (!redis.waitFor(5, TimeUnit.SECONDS)) {
      redis.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
  }
}
