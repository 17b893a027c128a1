package dev.parley.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.socketio.SocketSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Java node and a Node socket.io server with {@code @socket.io/redis-adapter} 8.3 share room "r"
 * on one Redis; {@code @socket.io/redis-emitter} 5.1 publishes into it. Client j is on the Java
 * node, client n on the Node server.
 */
class NodeInteropTest {
  /** Well under the 5 s requests timeout: an unanswered request would take all of it. */
  private static final long PROMPT_MILLIS = 2500;

  private static JavaNode java;
  private static NodeDriver driver;
  private static String j;
  private static String n;
  private static final List<List<JsonNode>> fromOtherServers = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    String url = TestRedis.url();
    NodeDriver.requireInstalled();
    TestRedis.awaitNodes(url, "/", 0);
    java = new JavaNode(url, "java");
    java.main().onServerSideEmit("note", (args, ack) -> fromOtherServers.add(args));
    driver = new NodeDriver(url);
    String nodeUrl = driver.call("server.start").get("url").asText();
    TestRedis.awaitNodes(url, "/", 2);
    j = connect("j", java.url());
    n = connect("n", nodeUrl);
  }

  private static String connect(String name, String url) throws Exception {
    String id = driver.call("client.connect", "name", name, "url", url).get("id").asText();
    driver.call("client.emitWithAck", "name", name, "event", "join", "args", List.of("r"));
    return id;
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) {
      driver.close();
    }
    if (java != null) {
      java.close();
    }
  }

  private static List<String> heard(String client, String event) throws Exception {
    JsonNode events = driver.call("client.waitFor", "name", client, "event", event);
    return StreamSupport.stream(events.spliterator(), false)
        .filter(e -> e.get(0).asText().equals(event))
        .map(e -> e.get(1).toString())
        .toList();
  }

  @Test
  void theEmitterReachesClientsOfBothServers() throws Exception {
    driver.call(
        "emitter.emit",
        "rooms",
        List.of("r"),
        "event",
        "from-emitter",
        "args",
        List.of(Map.of("$bin", List.of(7, 8)), 42));

    assertThat(heard("j", "from-emitter")).containsExactly("{\"$bin\":[7,8]}");
    assertThat(heard("n", "from-emitter")).containsExactly("{\"$bin\":[7,8]}");
  }

  @Test
  void roomBroadcastsCrossBetweenJavaAndNodeBothWays() throws Exception {
    java.main().to("r").emit("from-java", "hi node", 1.5);
    driver.call(
        "server.broadcast",
        "rooms",
        List.of("r"),
        "event",
        "from-node",
        "args",
        List.of("hi java"));

    assertThat(heard("n", "from-java")).containsExactly("\"hi node\"");
    assertThat(heard("j", "from-node")).containsExactly("\"hi java\"");
  }

  @Test
  void nodeFetchSocketsGetsOurSocketsPromptly() throws Exception {
    JsonNode result = driver.call("server.fetchSockets", "rooms", List.of("r"));

    assertThat(result.has("error")).as(result.toString()).isFalse();
    assertThat(result.get("elapsedMs").asLong()).isLessThan(PROMPT_MILLIS);
    JsonNode ours =
        StreamSupport.stream(result.get("value").spliterator(), false)
            .filter(s -> s.get("id").asText().equals(j))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + j + " in " + result));
    assertThat(ours.get("data").get("origin").asText()).isEqualTo("java");
    assertThat(StreamSupport.stream(ours.get("rooms").spliterator(), false).map(JsonNode::asText))
        .contains(j, "r");
    assertThat(ours.get("handshake").get("address").asText()).isEqualTo("127.0.0.1");
    assertThat(ours.get("handshake").get("issued").asLong()).isPositive();
  }

  @Test
  void nodeServerSideEmitWithAckGetsOurAnswerPromptly() throws Exception {
    JsonNode result =
        driver.call("server.serverSideEmitWithAck", "event", "ping-java", "args", List.of("hello"));

    assertThat(result.has("error")).as(result.toString()).isFalse();
    assertThat(result.get("elapsedMs").asLong()).isLessThan(PROMPT_MILLIS);
    assertThat(result.get("value")).hasSize(1);
    assertThat(result.get("value").get(0).get("from").asText()).isEqualTo("java");
    assertThat(result.get("value").get(0).get("got").toString()).isEqualTo("[\"hello\"]");
  }

  @Test
  void nodeAllRoomsAndBroadcastWithAckIncludeOurSockets() throws Exception {
    JsonNode rooms = driver.call("server.allRooms");
    assertThat(rooms.get("elapsedMs").asLong()).isLessThan(PROMPT_MILLIS);
    assertThat(rooms.get("value").toString()).contains(j, n, "\"r\"");

    JsonNode acks =
        driver.call(
            "server.broadcastWithAck",
            "rooms",
            List.of("r"),
            "event",
            "question",
            "timeoutMs",
            2000);
    assertThat(acks.has("error")).as(acks.toString()).isFalse();
    assertThat(acks.get("value").toString()).contains("j:question", "n:question");
  }

  @Test
  void ourRequestsReachTheNodeServer() throws Exception {
    List<SocketSnapshot> sockets = java.main().in("r").fetchSockets().get(10, TimeUnit.SECONDS);
    Map<String, SocketSnapshot> byId =
        sockets.stream().collect(Collectors.toMap(SocketSnapshot::id, s -> s));
    assertThat(byId.keySet()).contains(j, n);
    assertThat(byId.get(n).data().get("origin").toString()).isEqualTo("\"node\"");
    assertThat(byId.get(n).rooms()).contains(n, "r");

    Set<String> rooms = java.main().adapter().allRooms().get(10, TimeUnit.SECONDS);
    assertThat(rooms).contains(j, n, "r");

    List<JsonNode> answers =
        java.main().serverSideEmitWithAck("ping-node", "from java").get(10, TimeUnit.SECONDS);
    assertThat(answers).hasSize(1);
    assertThat(answers.get(0).get("from").asText()).isEqualTo("node");
    assertThat(answers.get(0).get("got").toString()).isEqualTo("[\"from java\"]");
  }

  @Test
  void membershipAndServerSideEmitsFromNodeAndTheEmitterApplyHere() throws Exception {
    driver.call("server.socketsJoin", "rooms", List.of(j), "join", "picked-by-node");
    driver.call("emitter.socketsJoin", "rooms", List.of("r"), "join", "picked-by-emitter");
    TestRedis.await(
        "j in the rooms Node and the emitter chose",
        Duration.ofSeconds(5),
        () ->
            java.main()
                .adapter()
                .socketRooms(j)
                .containsAll(Set.of("picked-by-node", "picked-by-emitter")));

    java.main().in(n).socketsJoin("picked-by-java");
    TestRedis.await(
        "n in picked-by-java on the Node server",
        Duration.ofSeconds(5),
        () -> {
          try {
            return driver.call("server.localRooms", "sid", n).toString().contains("picked-by-java");
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });

    driver.call("emitter.serverSideEmit", "event", "note", "args", List.of("from emitter"));
    driver.call("server.serverSideEmit", "event", "note", "args", List.of("from node"));
    TestRedis.await(
        "two server-side notes", Duration.ofSeconds(5), () -> fromOtherServers.size() >= 2);
    assertThat(fromOtherServers.stream().map(Object::toString))
        .containsExactlyInAnyOrder("[\"from emitter\"]", "[\"from node\"]");

    java.main().serverSideEmit("note", "from java");
    TestRedis.await(
        "the Node server got our note",
        Duration.ofSeconds(5),
        () -> {
          try {
            return driver.call("server.serverSideReceived").toString().contains("from java");
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }
}
