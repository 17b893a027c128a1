package dev.parley.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.postgres.DatabaseUrl;
import dev.parley.redis.PrivateRedis;
import dev.parley.socketio.NodeClient;
import dev.parley.socketio.NodeOps;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The README's cluster: {@code ops/cluster up} starts three nodes behind HAProxy on the suite's
 * PostgreSQL (a fresh schema) and a redis-server of this test's own; the official socket.io-client
 * talks to the load balancer only, pinned to a node by the LB's stickiness cookie where a scenario
 * needs it. One cluster for all scenarios, in an order that keeps it whole for as long as needed:
 * the Redis restart, the kill -9 and the SIGTERM come last, and {@code ops/cluster up} then brings
 * the stopped nodes back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTest {
  static final Path TARGET = Path.of("target").toAbsolutePath();
  static final List<String> NODES = List.of("node-1", "node-2", "node-3");
  static final Duration ROOM_COUNTS_WITHIN = Duration.ofSeconds(15);

  /** The web client's browser driver, shared with app's browser tests. */
  static final Path BROWSER_SCRIPT =
      Path.of("../../app/src/test/node/browser.mjs").toAbsolutePath().normalize();

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  String databaseUrl;
  String schema;
  PrivateRedis redis;
  Cluster cluster;
  Clients clients;
  int people;

  record Person(String token, String userId, String negotiationId) {
    Map<String, Object> negotiation() {
      return Map.of("negotiation_id", negotiationId);
    }
  }

  @BeforeAll
  void startTheCluster() throws Exception {
    Clients.requireInstalled();
    databaseUrl = System.getenv("PARLEY_TEST_DATABASE_URL");
    if (databaseUrl == null || databaseUrl.isBlank()) {
      fail("PARLEY_TEST_DATABASE_URL is not set: run ops/test (or ops/services/10-postgres.sh)");
    }
    schema = "t_cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection db = connect()) {
      db.createStatement().execute("create schema " + schema);
    }
    redis = PrivateRedis.startIn(TARGET.resolve("cluster-redis"));
    cluster =
        new Cluster(
            TARGET.resolve("cluster"),
            NODES.size(),
            Map.of(
                "DATABASE_URL", databaseUrl + "?currentSchema=" + schema,
                "REDIS_URL", redis.url(),
                "DEV_MODE", "true",
                "AI_TIMEOUT_MS", "5000",
                "AI_REPLY_DELAY_MAX_MS", "0",
                // small, quick-starting JVMs: three of them share this machine with the build
                "PARLEY_CLUSTER_JAVA_OPTS", "-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"));
    cluster.down(); // what a crashed run may have left in this directory
    cluster.up();
    clients = new Clients();
  }

  @AfterAll
  void stopTheCluster() throws Exception {
    if (clients != null) {
      clients.close();
    }
    if (cluster != null) {
      cluster.down();
    }
    if (redis != null) {
      redis.close();
    }
    if (schema != null) {
      try (Connection db = connect()) {
        db.createStatement().execute("drop schema if exists " + schema + " cascade");
      }
    }
  }

  // ---- the load balancer ----

  @Test
  @Order(1)
  void the_lb_sets_a_stickiness_cookie_and_routes_by_it() throws Exception {
    HttpResponse<String> first = get("/api/config", null);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("set-cookie"))
        .hasValueSatisfying(
            cookie -> assertThat(cookie).matches("parley_node=node-[123]; .*HttpOnly.*"));

    for (String node : NODES) {
      Map<String, List<String>> before = cluster.lbView();
      for (int i = 0; i < 4; i++) {
        HttpResponse<String> pinned = get("/api/config", node);
        assertThat(pinned.statusCode()).isEqualTo(200);
        // indirect: a valid cookie is neither passed on nor set again
        assertThat(pinned.headers().firstValue("set-cookie")).isEmpty();
      }
      Map<String, List<String>> after = cluster.lbView();
      for (String other : NODES) {
        assertThat(total(after, other) - total(before, other))
            .as("requests pinned to %s that %s got: %s then %s", node, other, before, after)
            .isEqualTo(other.equals(node) ? 4 : 0);
      }
    }
  }

  // ---- scenario 1: one negotiation, two nodes, polling and WebSocket ----

  @Test
  @Order(2)
  void two_clients_of_one_negotiation_on_different_nodes_see_each_other() throws Exception {
    Person person = person();
    // Like a browser: no pin, a cookie jar that keeps the cookie the LB sets.
    clients.call(
        "connect",
        "name",
        "s1-poll",
        "url",
        cluster.url(),
        "token",
        person.token(),
        "transports",
        List.of("polling"),
        "withCredentials",
        true);
    String pollNode = clients.call("cookie", "name", "s1-poll").asText();
    assertThat(pollNode).as("the cookie the LB set").matches("node-[123]");
    String wsNode = pollNode.equals("node-1") ? "node-2" : "node-1";
    connect("s1-ws", person, "websocket", wsNode);

    JsonNode joinedPoll = ack("s1-poll", "join-negotiation", person.negotiation());
    JsonNode joinedWs = ack("s1-ws", "join-negotiation", person.negotiation());
    assertThat(joinedPoll.path("ok").asBoolean()).as(joinedPoll.toString()).isTrue();
    assertThat(joinedWs.path("ok").asBoolean()).as(joinedWs.toString()).isTrue();

    clients.call("emit", "name", "s1-ws", "event", "typing-start", "data", person.negotiation());
    waitFor("s1-poll", "user-typing", Map.of("typing", true, "user_id", person.userId()), 1);
    clients.call("emit", "name", "s1-poll", "event", "typing-start", "data", person.negotiation());
    waitFor("s1-ws", "user-typing", Map.of("typing", true, "user_id", person.userId()), 1);

    String fromWs = send("s1-ws", person, "Could you tell me more about the team I would join?");
    waitFor("s1-poll", "message-received", Map.of("id", fromWs), 1);
    String fromPoll = send("s1-poll", person, "And how do reviews and promotions work there?");
    waitFor("s1-ws", "message-received", Map.of("id", fromPoll), 1);
    for (String client : List.of("s1-poll", "s1-ws")) {
      waitFor(client, "ai-typing", Map.of("typing", true), 2);
      waitFor(client, "ai-message", Map.of(), 2);
    }
    assertThat(ids(clients.call("events", "name", "s1-poll", "event", "ai-message")))
        .isEqualTo(ids(clients.call("events", "name", "s1-ws", "event", "ai-message")));

    JsonNode pollState = clients.call("state", "name", "s1-poll");
    assertThat(pollState.path("transport").asText()).isEqualTo("polling");
    assertThat(pollState.path("connects").asInt()).as(pollState.toString()).isEqualTo(1);
    assertThat(clients.call("cookie", "name", "s1-poll").asText()).isEqualTo(pollNode);
    close("s1-poll", "s1-ws");

    // participant_count is cluster-wide: the answering node counts the other node's socket.
    assertThat(joinedWs.path("participant_count").asInt())
        .as(
            "participant_count seen by the second socket (%s), the first being on %s",
            wsNode, pollNode)
        .isEqualTo(2);
  }

  // ---- scenario 2: a Node service emits with @socket.io/redis-emitter ----

  @Test
  @Order(3)
  void a_node_redis_emitter_reaches_clients_on_every_node() throws Exception {
    Person person = person();
    connect("s2-ws", person, "websocket", "node-1");
    connect("s2-poll", person, "polling", "node-3");
    for (String client : List.of("s2-ws", "s2-poll")) {
      assertThat(ack(client, "join-negotiation", person.negotiation()).path("ok").asBoolean())
          .isTrue();
    }
    clients.call(
        "redisEmit",
        "redisUrl",
        redis.url(),
        "room",
        "negotiation-" + UUID.randomUUID(),
        "event",
        "ops-notice",
        "data",
        Map.of("text", "for another room"));
    clients.call(
        "redisEmit",
        "redisUrl",
        redis.url(),
        "room",
        "negotiation-" + person.negotiationId(),
        "event",
        "ops-notice",
        "data",
        Map.of("negotiation_id", person.negotiationId(), "text", "maintenance at six"));
    for (String client : List.of("s2-ws", "s2-poll")) {
      JsonNode notices = waitFor(client, "ops-notice", Map.of(), 1);
      assertThat(notices).hasSize(1);
      assertThat(notices.get(0).path("text").asText()).isEqualTo("maintenance at six");
    }
    close("s2-ws", "s2-poll");
  }

  // ---- scenario 5: the message limit across nodes ----

  // ---- a real browser on each of two nodes ----

  @Test
  @Order(4)
  void two_browsers_of_one_person_on_different_nodes_chat_together() throws Exception {
    requireBrowser();
    String setup =
        Clients.JSON
            .createObjectNode()
            .put("email", "browser-" + UUID.randomUUID() + "@example.org")
            .put("persona", "hardball-recruiter")
            .set("nodes", Clients.JSON.valueToTree(List.of("node-1", "node-2")))
            .toString();

    JsonNode seen =
        NodeClient.run(
            BROWSER_SCRIPT,
            Duration.ofSeconds(90),
            "two-nodes",
            cluster.url(),
            TARGET.resolve("browser-screenshots").toString(),
            setup);

    assertThat(seen.has("error")).as(seen.toString()).isFalse();
    assertThat(seen.path("cookies").path("first").asText())
        .as("the first browser stayed on its node")
        .isEqualTo("node-1");
    assertThat(seen.path("cookies").path("second").asText()).isEqualTo("node-2");
    assertThat(seen.path("secondMessages").toString())
        .contains("What does the role pay?", "Is there a signing bonus?");
  }

  /** Fails (never skips) when playwright-core or Chromium is missing. */
  private static void requireBrowser() {
    NodeOps.requireModules("PARLEY_WEB_NODE_MODULES", List.of("playwright-core"));
    Path chromium = Path.of(System.getenv().getOrDefault("PARLEY_CHROMIUM", "/usr/bin/chromium"));
    if (!Files.isExecutable(chromium)) {
      fail(chromium + " is missing: run ops/services/40-web.sh as root or install chromium");
    }
  }

  @Test
  @Order(4)
  void the_message_limit_holds_across_nodes() throws Exception {
    Person person = person();
    for (String node : NODES) {
      connect("s5-" + node, person, "websocket", node);
      assertThat(ack("s5-" + node, "join-negotiation", person.negotiation()).path("ok").asBoolean())
          .isTrue();
    }
    List<String> lines =
        List.of(
            "What does a typical week look like?",
            "Who would I report to?",
            "How large is the team?",
            "What tools does the team use?",
            "How is remote work handled?",
            "What are the main goals for this year?",
            "How is performance reviewed?",
            "What does onboarding look like?",
            "Is there a training budget?",
            "When would the role start?",
            "One more question about travel.");
    for (int i = 0; i < 10; i++) {
      String client = "s5-" + NODES.get(i % 3);
      JsonNode sent =
          ack(
              client,
              "send-message",
              Map.of("negotiation_id", person.negotiationId(), "content", lines.get(i)));
      assertThat(sent.path("ok").asBoolean())
          .as("message %d via %s: %s", i + 1, client, sent)
          .isTrue();
    }
    String client = "s5-" + NODES.get(10 % 3);
    JsonNode eleventh =
        ack(
            client,
            "send-message",
            Map.of("negotiation_id", person.negotiationId(), "content", lines.get(10)));
    close("s5-node-1", "s5-node-2", "s5-node-3");
    // The limit is one sliding window in Redis, not one per node.
    assertThat(eleventh.path("ok").asBoolean())
        .as("the 11th message within a minute, via %s: %s", client, eleventh)
        .isFalse();
    assertThat(eleventh.path("error").path("code").asText()).isEqualTo("RATE_LIMITED");
    assertThat(eleventh.path("error").path("retry_after_ms").asLong()).isPositive();
  }

  // ---- scenario 4: Redis restarted mid-conversation ----

  @Test
  @Order(5)
  void nodes_serve_their_clients_while_redis_restarts_and_then_cross_nodes_again()
      throws Exception {
    Person person = person();
    connect("s4-ws", person, "websocket", "node-1");
    connect("s4-poll", person, "polling", "node-2");
    for (String client : List.of("s4-ws", "s4-poll")) {
      assertThat(ack(client, "join-negotiation", person.negotiation()).path("ok").asBoolean())
          .isTrue();
    }
    String before = send("s4-ws", person, "Before anything else: what is the job title?");
    waitFor("s4-poll", "message-received", Map.of("id", before), 1);

    redis.stop();
    String duringOne = send("s4-ws", person, "While you check: is the role new?");
    waitFor("s4-ws", "message-received", Map.of("id", duringOne), 1);
    waitFor("s4-ws", "ai-message", Map.of(), 2);
    String duringTwo = send("s4-poll", person, "And who held it before?");
    waitFor("s4-poll", "message-received", Map.of("id", duringTwo), 1);
    // the node says so, and stays in the load balancer: degraded, not down
    JsonNode degraded = nodeHealthBody(1);
    assertThat(degraded.path("status").asText()).as(degraded.toString()).isEqualTo("DEGRADED");
    assertThat(degraded.path("checks").path("redis").asText()).isEqualTo("DOWN");
    assertThat(nodeHealth(1)).isEqualTo(200);

    redis.startAgain();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    int typingSeen = clients.call("events", "name", "s4-poll", "event", "user-typing").size();
    while (clients.call("events", "name", "s4-poll", "event", "user-typing").size() <= typingSeen) {
      if (System.nanoTime() > deadline) {
        fail("no typing from node-1 reached node-2 within 20 s of Redis coming back");
      }
      clients.call("emit", "name", "s4-ws", "event", "typing-start", "data", person.negotiation());
      Thread.sleep(250);
    }
    int repliesSeen = clients.call("events", "name", "s4-ws", "event", "ai-message").size();
    String after = send("s4-poll", person, "Thanks, back to the offer then.");
    waitFor("s4-ws", "message-received", Map.of("id", after), 1);
    waitFor("s4-ws", "ai-message", Map.of(), repliesSeen + 1); // node-2's reply, through Redis
    JsonNode recovered = nodeHealthBody(1);
    assertThat(recovered.path("status").asText()).as(recovered.toString()).isEqualTo("UP");
    for (String client : List.of("s4-ws", "s4-poll")) {
      JsonNode state = clients.call("state", "name", client);
      assertThat(state.path("connected").asBoolean()).as(state.toString()).isTrue();
      assertThat(state.path("connects").asInt())
          .as("%s reconnected: %s", client, state)
          .isEqualTo(1);
    }
    close("s4-ws", "s4-poll");
  }

  // ---- scenario 3: kill -9 of a node ----

  @Test
  @Order(6)
  void a_client_of_a_killed_node_reconnects_elsewhere_and_misses_nothing_acknowledged()
      throws Exception {
    Person person = person();
    connect("s3-stay", person, "websocket", "node-1");
    // Keeps sending its cookie for node-2 after the kill, as a browser would: the LB must send it
    // elsewhere (redispatch, and the cookie of a DOWN node is ignored).
    clients.call(
        "connect",
        "name",
        "s3-victim",
        "url",
        cluster.url(),
        "token",
        person.token(),
        "transports",
        List.of("websocket"),
        "pin",
        "node-2",
        "reconnection",
        true,
        "rejoin",
        person.negotiationId());
    for (String client : List.of("s3-stay", "s3-victim")) {
      assertThat(ack(client, "join-negotiation", person.negotiation()).path("ok").asBoolean())
          .isTrue();
    }
    Set<String> acknowledged = new HashSet<>();
    acknowledged.add(send("s3-victim", person, "Let me start with the salary range."));
    waitFor("s3-stay", "ai-message", Map.of(), 1);
    acknowledged.add(send("s3-stay", person, "I am also curious about the bonus."));
    waitFor("s3-victim", "ai-message", Map.of(), 2);
    acknowledged.add(send("s3-victim", person, "What about the vacation policy?"));
    clients.call(
        "emitLater",
        "name",
        "s3-victim",
        "event",
        "send-message",
        "data",
        Map.of("negotiation_id", person.negotiationId(), "content", "Sent as the node dies."),
        "tag",
        "last");
    acknowledged.addAll(ids(clients.call("events", "name", "s3-stay", "event", "ai-message")));

    cluster.signal("node-2", "KILL");
    long killed = System.nanoTime();

    JsonNode rejoined = waitFor("s3-victim", "rejoined", Map.of(), 1, Duration.ofSeconds(15));
    assertThat(rejoined.get(0).path("ok").asBoolean()).as(rejoined.toString()).isTrue();
    System.out.println("s3-victim after the kill: " + clients.call("state", "name", "s3-victim"));
    JsonNode histories = waitFor("s3-victim", "message-history", Map.of(), 2);
    for (JsonNode lateAck : clients.call("events", "name", "s3-victim", "event", "ack:last")) {
      if (lateAck.path("ok").asBoolean()) {
        acknowledged.add(lateAck.path("message").path("id").asText());
      }
    }
    Set<String> history = new HashSet<>(ids(histories.get(histories.size() - 1).path("messages")));
    assertThat(history).as("the history after the rejoin").containsAll(acknowledged);
    cluster.awaitStopped("node-2", Duration.ofSeconds(5));

    // The rejoined socket is a full member again, wherever it landed.
    String afterwards = send("s3-victim", person, "Good, I am back.");
    waitFor("s3-stay", "message-received", Map.of("id", afterwards), 1);
    awaitLb("node-2", "DOWN", Duration.ofSeconds(10));

    // Every node counts stay + victim + the probe: presence is cluster-wide.
    Map<String, Integer> counts = new LinkedHashMap<>();
    long deadline = killed + ROOM_COUNTS_WITHIN.toNanos();
    do {
      for (String node : List.of("node-1", "node-3")) {
        connect("s3-probe", person, "websocket", node);
        counts.put(
            node,
            ack("s3-probe", "join-negotiation", person.negotiation())
                .path("participant_count")
                .asInt());
        close("s3-probe");
      }
      if (counts.values().stream().allMatch(count -> count == 3)) {
        break;
      }
      Thread.sleep(500);
    } while (System.nanoTime() < deadline);
    close("s3-stay", "s3-victim");
    assertThat(counts)
        .as(
            "participant_count on a fresh join, per node, %s s after the kill",
            ROOM_COUNTS_WITHIN.toSeconds())
        .isEqualTo(Map.of("node-1", 3, "node-3", 3));
  }

  // ---- SIGTERM: a node drains, the LB takes it out, its clients move ----

  @Test
  @Order(7)
  void a_node_stopped_with_sigterm_drains_and_its_clients_move() throws Exception {
    Person person = person();
    connect("s6-stay", person, "websocket", "node-1");
    clients.call(
        "connect",
        "name",
        "s6-moving",
        "url",
        cluster.url(),
        "token",
        person.token(),
        "transports",
        List.of("websocket"),
        "pin",
        "node-3",
        "reconnection",
        true,
        "rejoin",
        person.negotiationId());
    for (String client : List.of("s6-stay", "s6-moving")) {
      assertThat(ack(client, "join-negotiation", person.negotiation()).path("ok").asBoolean())
          .isTrue();
    }
    String before = send("s6-moving", person, "Before the break: what is the notice period?");
    waitFor("s6-stay", "message-received", Map.of("id", before), 1);

    List<Integer> health = new CopyOnWriteArrayList<>();
    AtomicBoolean watching = new AtomicBoolean(true);
    Thread watcher =
        Thread.ofVirtual()
            .start(
                () -> {
                  while (watching.get()) {
                    health.add(nodeHealth(3));
                    sleepQuietly(50);
                  }
                });
    long watchingSince = System.nanoTime();
    while (health.isEmpty()) {
      if (System.nanoTime() - watchingSince > Duration.ofSeconds(5).toNanos()) {
        fail("no answer from node-3's /observe/health before SIGTERM");
      }
      Thread.sleep(10);
    }
    assertThat(health.get(0)).as("node-3's health before SIGTERM").isEqualTo(200);
    cluster.signal("node-3", "TERM");
    try {
      JsonNode rejoined = waitFor("s6-moving", "rejoined", Map.of(), 1, Duration.ofSeconds(30));
      assertThat(rejoined.get(0).path("ok").asBoolean()).as(rejoined.toString()).isTrue();
      String after = send("s6-moving", person, "Back again, where were we?");
      waitFor("s6-stay", "message-received", Map.of("id", after), 1);
      cluster.awaitStopped("node-3", Duration.ofSeconds(40));
    } finally {
      watching.set(false);
      watcher.join();
      close("s6-stay", "s6-moving");
    }
    // A draining node answers 503 (so the LB stops sending it new clients before it closes);
    // 0 = no answer.
    assertThat(health).as("node-3's /observe/health after SIGTERM").contains(503);
  }

  // ---- up again: only what is missing starts ----

  @Test
  @Order(8)
  void up_again_starts_only_the_stopped_nodes() throws Exception {
    String out = cluster.up();
    assertThat(out)
        .contains("node-1 is running")
        .contains("the load balancer is running")
        .doesNotContain("started node-1");
    Map<String, List<String>> view = cluster.lbView();
    for (String node : NODES) {
      assertThat(view.get(node)).as("%s in %s", node, view).isNotNull();
      assertThat(view.get(node).get(0)).as("%s in %s", node, view).isEqualTo("UP");
      assertThat(get("/api/config", node).statusCode()).isEqualTo(200);
    }
    assertThat(cluster.status()).doesNotContain("not running");
  }

  // ---- helpers ----

  private Person person() throws Exception {
    String email = "cluster-" + (++people) + "-" + UUID.randomUUID() + "@example.org";
    JsonNode registered =
        post(
            "/api/auth/register",
            null,
            Map.of("email", email, "password", "cluster-password", "display_name", "Cluster"));
    String token = registered.path("access_token").asText();
    JsonNode negotiation =
        post(
            "/api/negotiations",
            token,
            Map.of("scenario_id", "salary-offer", "persona_id", "hardball-recruiter"));
    return new Person(
        token, registered.path("user").path("id").asText(), negotiation.path("id").asText());
  }

  private JsonNode post(String path, String token, Map<String, String> body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(cluster.url() + path))
            .timeout(Duration.ofSeconds(15))
            .header("content-type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(Clients.JSON.writeValueAsString(body)));
    if (token != null) {
      request.header("authorization", "Bearer " + token);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("POST %s: %s", path, response.body()).isEqualTo(201);
    return Clients.JSON.readTree(response.body());
  }

  private HttpResponse<String> get(String path, String pin) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(cluster.url() + path)).timeout(Duration.ofSeconds(15));
    if (pin != null) {
      request.header("cookie", "parley_node=" + pin);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A node's own /observe/health document (not through the LB). */
  private JsonNode nodeHealthBody(int node) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(cluster.nodeUrl(node) + "/observe/health"))
                .timeout(Duration.ofSeconds(2))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return Clients.JSON.readTree(response.body());
  }

  /**
   * The status code of a node's own /observe/health (not through the LB), 0 when it does not
   * answer.
   */
  private int nodeHealth(int node) {
    try {
      return http.send(
              HttpRequest.newBuilder(URI.create(cluster.nodeUrl(node) + "/observe/health"))
                  .timeout(Duration.ofSeconds(1))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (Exception e) {
      return 0;
    }
  }

  private void connect(String name, Person person, String transport, String pin) throws Exception {
    clients.call(
        "connect",
        "name",
        name,
        "url",
        cluster.url(),
        "token",
        person.token(),
        "transports",
        List.of(transport),
        "pin",
        pin);
  }

  private void close(String... names) throws Exception {
    for (String name : names) {
      clients.call("close", "name", name);
    }
  }

  private JsonNode ack(String client, String event, Map<String, ?> data) throws Exception {
    return clients.call("emitWithAck", "name", client, "event", event, "data", data);
  }

  /** Sends a chat message and returns the stored message's id; fails unless it is accepted. */
  private String send(String client, Person person, String content) throws Exception {
    JsonNode sent =
        ack(
            client,
            "send-message",
            Map.of("negotiation_id", person.negotiationId(), "content", content));
    assertThat(sent.path("ok").asBoolean()).as("send-message via %s: %s", client, sent).isTrue();
    return sent.path("message").path("id").asText();
  }

  private JsonNode waitFor(String client, String event, Map<String, ?> match, int count)
      throws Exception {
    return waitFor(client, event, match, count, Duration.ofSeconds(10));
  }

  private JsonNode waitFor(
      String client, String event, Map<String, ?> match, int count, Duration timeout)
      throws Exception {
    return clients.call(
        "waitFor",
        "name",
        client,
        "event",
        event,
        "match",
        match,
        "count",
        count,
        "timeoutMs",
        timeout.toMillis());
  }

  private void awaitLb(String node, String status, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, List<String>> view = cluster.lbView();
    while (view.get(node) == null || !view.get(node).get(0).equals(status)) {
      if (System.nanoTime() > deadline) {
        fail("the LB does not see " + node + " " + status + " within " + timeout + ": " + view);
      }
      Thread.sleep(200);
      view = cluster.lbView();
    }
  }

  private static List<String> ids(JsonNode messages) {
    List<String> ids = new ArrayList<>();
    messages.forEach(message -> ids.add(message.path("id").asText()));
    return ids;
  }

  private static long total(Map<String, List<String>> view, String node) {
    List<String> row = view.get(node);
    if (row == null) {
      fail(node + " is missing from ops/cluster status: " + view);
    }
    return Long.parseLong(row.get(2));
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Connection connect() throws SQLException {
    DatabaseUrl url = DatabaseUrl.parse(databaseUrl);
    return DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
  }
}
