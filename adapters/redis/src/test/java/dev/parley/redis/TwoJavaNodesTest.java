package dev.parley.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.socketio.SocketSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Java nodes sharing the Redis of ops/services/15-redis.sh, with official socket.io-client
 * sockets: a on node 1; b and c (c also in "quiet") on node 2; all three in room "r".
 */
class TwoJavaNodesTest {
  private static JavaNode node1;
  private static JavaNode node2;
  private static NodeDriver clients;
  private static String a;
  private static String b;
  private static String c;

  @BeforeAll
  static void start() throws Exception {
    String url = TestRedis.url();
    NodeDriver.requireInstalled();
    TestRedis.awaitNodes(url, "/", 0);
    node1 = new JavaNode(url, "java-1");
    node2 = new JavaNode(url, "java-2");
    TestRedis.awaitNodes(url, "/", 2);
    clients = new NodeDriver(url);
    a = connect("a", node1);
    b = connect("b", node2);
    c = connect("c", node2);
    clients.call("client.emitWithAck", "name", "c", "event", "join", "args", List.of("quiet"));
  }

  private static String connect(String name, JavaNode node) throws Exception {
    String id = clients.call("client.connect", "name", name, "url", node.url()).get("id").asText();
    clients.call("client.emitWithAck", "name", name, "event", "join", "args", List.of("r"));
    return id;
  }

  @AfterAll
  static void stop() throws Exception {
    if (clients != null) {
      clients.close();
    }
    if (node1 != null) {
      node1.close();
    }
    if (node2 != null) {
      node2.close();
    }
  }

  /** The args of every event of this name the client got, once it got {@code count} of them. */
  private static List<String> heard(String client, String event, int count) throws Exception {
    JsonNode events =
        clients.call("client.waitFor", "name", client, "event", event, "count", count);
    return java.util.stream.StreamSupport.stream(events.spliterator(), false)
        .filter(e -> e.get(0).asText().equals(event))
        .map(e -> e.get(1).toString())
        .toList();
  }

  @Test
  void aRoomBroadcastFromEitherNodeReachesTheClientsOfBoth() throws Exception {
    node1.main().to("r").emit("news", "from-1");
    node2.main().to("r").emit("news", "from-2");

    for (String client : List.of("a", "b", "c")) {
      assertThat(heard(client, "news", 2)).containsExactlyInAnyOrder("\"from-1\"", "\"from-2\"");
    }
  }

  @Test
  void exceptLeavesOutRoomsAndSocketsOfTheOtherNode() throws Exception {
    node1.main().to("r").except("quiet").emit("except-room", 1);
    node1.main().to("r").except(b).emit("except-socket", 2);
    node1.main().emit("marker", 3); // published after, so it arrives after on every node

    assertThat(heard("a", "marker", 1)).hasSize(1);
    assertThat(heard("b", "marker", 1)).hasSize(1);
    assertThat(heard("c", "marker", 1)).hasSize(1);
    assertThat(names(clients.call("client.events", "name", "a")))
        .contains("except-room", "except-socket");
    assertThat(names(clients.call("client.events", "name", "b")))
        .contains("except-room")
        .doesNotContain("except-socket");
    assertThat(names(clients.call("client.events", "name", "c")))
        .contains("except-socket")
        .doesNotContain("except-room");
  }

  private static List<String> names(JsonNode events) {
    return java.util.stream.StreamSupport.stream(events.spliterator(), false)
        .map(e -> e.get(0).asText())
        .toList();
  }

  @Test
  void malformedFramesFromRedisAreDroppedAndTheSubscriberGoesOn() throws Exception {
    io.lettuce.core.RedisClient client = io.lettuce.core.RedisClient.create(TestRedis.url());
    try (var connection = client.connect()) {
      for (String channel :
          List.of(
              "socket.io#/#", "socket.io#/#r#", "socket.io-request#/#", "socket.io-response#/#")) {
        connection.sync().publish(channel, "\u00c1not msgpack");
        connection.sync().publish(channel, "{\"type\":5,\"opts\":");
        connection.sync().publish(channel, "[\"uid\",{\"type\":2}]");
      }
    } finally {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
    }
    node1.main().to("r").emit("after-garbage", 1);

    assertThat(heard("b", "after-garbage", 1)).containsExactly("1");
    assertThat(heard("c", "after-garbage", 1)).containsExactly("1");
  }

  @Test
  void binaryArgumentsCrossNodesAsBinary() throws Exception {
    node2.main().to(a).emit("bytes", new byte[] {1, 2, 3}, Map.of("n", 1.5, "big", 70000));

    JsonNode events = clients.call("client.waitFor", "name", "a", "event", "bytes");
    JsonNode bytes =
        java.util.stream.StreamSupport.stream(events.spliterator(), false)
            .filter(e -> e.get(0).asText().equals("bytes"))
            .findFirst()
            .orElseThrow();
    assertThat(bytes.get(1).toString()).isEqualTo("{\"$bin\":[1,2,3]}");
    assertThat(bytes.get(2).get("n").asDouble()).isEqualTo(1.5);
    assertThat(bytes.get(2).get("big").asInt()).isEqualTo(70000);
  }

  @Test
  void fetchSocketsSeesTheSocketsOfTheOtherNode() throws Exception {
    List<SocketSnapshot> sockets = node1.main().in("r").fetchSockets().get(10, TimeUnit.SECONDS);

    Map<String, SocketSnapshot> byId =
        sockets.stream().collect(Collectors.toMap(SocketSnapshot::id, s -> s));
    assertThat(byId.keySet()).containsExactlyInAnyOrder(a, b, c);
    SocketSnapshot remote = byId.get(c);
    assertThat(remote.rooms()).contains(c, "r", "quiet");
    assertThat(remote.data().get("origin").toString()).isEqualTo("\"java-2\"");
    assertThat(remote.handshake().address()).isEqualTo("127.0.0.1");
    assertThat(remote.handshake().issued().toEpochMilli())
        .isEqualTo(node2.main().socket(c).orElseThrow().handshake().issued().toEpochMilli());
  }

  @Test
  void socketsJoinFromOneNodeMovesSocketsOfTheOther() throws Exception {
    node1.main().in("quiet").socketsJoin("vip");

    TestRedis.await(
        "c in vip on node 2",
        Duration.ofSeconds(5),
        () -> node2.main().adapter().socketRooms(c).contains("vip"));
    assertThat(node2.main().adapter().socketRooms(b)).doesNotContain("vip");
    node1.main().to("vip").emit("vip-news", "hello");
    assertThat(heard("c", "vip-news", 1)).containsExactly("\"hello\"");
  }

  @Test
  void allRoomsAndServerSideEmitWithAckSpanBothNodes() throws Exception {
    Set<String> rooms = node1.main().adapter().allRooms().get(10, TimeUnit.SECONDS);
    assertThat(rooms).contains(a, b, c, "r", "quiet");

    List<JsonNode> answers =
        node1.main().serverSideEmitWithAck("ping-java", "hi").get(10, TimeUnit.SECONDS);
    assertThat(answers).hasSize(1);
    assertThat(answers.get(0).get("from").asText()).isEqualTo("java-2");
    assertThat(answers.get(0).get("got").toString()).isEqualTo("[\"hi\"]");
  }
}
