package dev.parley.socketio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.socketio.engine.EngineMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Socket.IO layer against a scripted Engine.IO session: exact frames, state, threading. */
class SocketIoServerTest {
  private SocketIoServer server = server(SocketIoOptions.defaults());

  private static SocketIoServer server(SocketIoOptions options) {
    SocketIoServer io = new SocketIoServer(options);
    io.of("/")
        .onConnection(
            socket -> {
              socket.emit("auth", socket.handshake().auth());
              socket.on("message", (s, args, ack) -> s.emit("message-back", args.toArray()));
              socket.on("message-with-ack", (s, args, ack) -> ack.send(args.toArray()));
            });
    io.of("/custom").onConnection(socket -> socket.emit("auth", socket.handshake().auth()));
    return io;
  }

  @AfterEach
  void close() {
    server.close();
  }

  private static String sidOf(String connectReply) throws Exception {
    return Json.MAPPER
        .readTree(connectReply.substring(connectReply.indexOf('{')))
        .get("sid")
        .asText();
  }

  @Test
  void connectsToTheMainNamespaceThenEmitsFromTheConnectionHandler() throws Exception {
    FakeEngineSocket client = new FakeEngineSocket(server);
    client.receive("0");
    String reply = client.nextText();
    assertThat(reply).matches("0\\{\"sid\":\"[A-Za-z0-9_-]{20}\"\\}");
    assertThat(sidOf(reply)).isNotEqualTo(client.id());
    assertThat(client.nextText()).isEqualTo("2[\"auth\",{}]");
  }

  @Test
  void customNamespaceWithAuthPayload() throws Exception {
    FakeEngineSocket client = new FakeEngineSocket(server);
    client.receive("0/custom,{\"token\":\"abc\",\"n\":1}");
    assertThat(client.nextText()).startsWith("0/custom,{\"sid\":");
    assertThat(client.nextText()).isEqualTo("2/custom,[\"auth\",{\"token\":\"abc\",\"n\":1}]");
  }

  @Test
  void unknownNamespaceIsRefusedButTheConnectionStays() throws Exception {
    FakeEngineSocket client = new FakeEngineSocket(server);
    client.receive("0/random");
    assertThat(client.nextText()).isEqualTo("4/random,{\"message\":\"Invalid namespace\"}");
    assertThat(client.isOpen()).isTrue();
  }

  @Test
  void middlewareRefusalCarriesMessageAndData() throws Exception {
    server
        .of("/guarded")
        .use(socket -> Admission.refuse("not authorized", Map.of("reason", "bad token")));
    FakeEngineSocket client = new FakeEngineSocket(server);
    client.receive("0/guarded,{\"token\":\"x\"}");
    assertThat(client.nextText())
        .isEqualTo(
            "4/guarded,{\"message\":\"not authorized\",\"data\":{\"reason\":\"bad token\"}}");
    assertThat(server.of("/guarded").sockets()).isEmpty();
  }

  @Test
  void middlewareMayJoinRoomsWhichARefusalUndoes() throws Exception {
    server
        .of("/teams")
        .use(
            socket -> {
              socket.join("team-" + socket.handshake().auth().path("team").asText());
              return socket.handshake().auth().has("token")
                  ? Admission.allow()
                  : Admission.refuse("no token");
            });
    FakeEngineSocket refused = new FakeEngineSocket(server);
    refused.receive("0/teams,{\"team\":\"red\"}");
    assertThat(refused.nextText()).isEqualTo("4/teams,{\"message\":\"no token\"}");
    assertThat(server.of("/teams").adapter().rooms()).isEmpty();

    FakeEngineSocket admitted = new FakeEngineSocket(server);
    admitted.receive("0/teams,{\"team\":\"blue\",\"token\":\"t\"}");
    assertThat(admitted.nextText()).startsWith("0/teams,{\"sid\":");
    assertThat(server.of("/teams").adapter().roomSize("team-blue")).isEqualTo(1);
  }

  @Test
  void middlewareMaySetDataAndSeesTheHandshake() throws Exception {
    BlockingQueue<Object> seen = new LinkedBlockingQueue<>();
    server
        .of("/users")
        .use(
            socket -> {
              socket.data().put("user", socket.handshake().auth().get("token").asText());
              return Admission.allow();
            })
        .onConnection(socket -> seen.add(socket.data().get("user")));
    FakeEngineSocket client = new FakeEngineSocket(server);
    client.receive("0/users,{\"token\":\"u42\"}");
    assertThat(client.nextText()).startsWith("0/users,{\"sid\":");
    assertThat(seen.poll(5, TimeUnit.SECONDS)).isEqualTo("u42");
  }

  @Test
  void eventsEchoAndAcksCarryTheirArguments() throws Exception {
    FakeEngineSocket client = connected("0");
    client.receive("2[\"message\",1,\"2\",{\"3\":[true]}]");
    assertThat(client.nextText()).isEqualTo("2[\"message-back\",1,\"2\",{\"3\":[true]}]");
    client.receive("2456[\"message-with-ack\",1,\"2\",{\"3\":[false]}]");
    assertThat(client.nextText()).isEqualTo("3456[1,\"2\",{\"3\":[false]}]");
  }

  @Test
  void binaryEventsAndAcksTravelWithTheirAttachments() throws Exception {
    FakeEngineSocket client = connected("0");
    client.receive(
        "52-[\"message\",{\"_placeholder\":true,\"num\":0},{\"_placeholder\":true,\"num\":1}]");
    client.receive(new byte[] {1, 2, 3});
    client.receive(new byte[] {4, 5, 6});
    FakeEngineSocket.Sent echo = client.next();
    assertThat(echo.messages())
        .containsExactly(
            new EngineMessage.Text(
                "52-[\"message-back\",{\"_placeholder\":true,\"num\":0},{\"_placeholder\":true,\"num\":1}]"),
            new EngineMessage.Binary(new byte[] {1, 2, 3}),
            new EngineMessage.Binary(new byte[] {4, 5, 6}));
    client.receive(
        "52-789[\"message-with-ack\",{\"_placeholder\":true,\"num\":0},{\"_placeholder\":true,\"num\":1}]");
    client.receive(new byte[] {7});
    client.receive(new byte[] {8});
    assertThat(client.next().messages())
        .containsExactly(
            new EngineMessage.Text(
                "62-789[{\"_placeholder\":true,\"num\":0},{\"_placeholder\":true,\"num\":1}]"),
            new EngineMessage.Binary(new byte[] {7}),
            new EngineMessage.Binary(new byte[] {8}));
  }

  @Test
  void clientDisconnectLeavesTheNamespaceButKeepsTheConnection() throws Exception {
    BlockingQueue<DisconnectReason> reasons = new LinkedBlockingQueue<>();
    server.of("/").onConnection(socket -> socket.onDisconnect((s, reason) -> reasons.add(reason)));
    FakeEngineSocket client = connected("0");
    client.receive("0/custom,");
    assertThat(client.nextText()).startsWith("0/custom,");
    assertThat(client.nextText()).startsWith("2/custom,[\"auth\"");
    client.receive("1");
    assertThat(reasons.poll(5, TimeUnit.SECONDS))
        .isEqualTo(DisconnectReason.CLIENT_NAMESPACE_DISCONNECT);
    assertThat(client.isOpen()).isTrue();
    assertThat(server.of("/").sockets()).isEmpty();
    client.receive("1/custom,");
    assertThat(client.isOpen()).isTrue();
    client.receive("0");
    assertThat(client.nextText()).startsWith("0{\"sid\":");
  }

  @Test
  void eventForANamespaceNotJoinedClosesTheConnection() throws Exception {
    FakeEngineSocket client = connected("0");
    client.receive("2/custom,[\"message\"]");
    assertThat(client.isOpen()).isFalse();
  }

  @Test
  void connectingTwiceToTheSameNamespaceClosesTheConnection() throws Exception {
    FakeEngineSocket client = connected("0");
    client.receive("0");
    assertThat(client.isOpen()).isFalse();
  }

  @Test
  void malformedPacketClosesTheConnectionAndDisconnectsItsSockets() throws Exception {
    BlockingQueue<DisconnectReason> reasons = new LinkedBlockingQueue<>();
    server.of("/").onConnection(socket -> socket.onDisconnect((s, reason) -> reasons.add(reason)));
    FakeEngineSocket client = connected("0");
    client.receive("2{}");
    assertThat(client.isOpen()).isFalse();
    assertThat(reasons.poll(5, TimeUnit.SECONDS)).isEqualTo(DisconnectReason.FORCED_CLOSE);
  }

  @Test
  void connectionWithoutAnyNamespaceIsClosedAfterTheConnectTimeout() throws Exception {
    server.close();
    server = server(SocketIoOptions.defaults().withConnectTimeout(Duration.ofMillis(100)));
    FakeEngineSocket idle = new FakeEngineSocket(server);
    FakeEngineSocket joined = connected("0");
    Thread.sleep(400);
    assertThat(idle.isOpen()).isFalse();
    assertThat(joined.isOpen()).isTrue();
  }

  @Test
  void serverSideDisconnectSendsDisconnectPacket() throws Exception {
    BlockingQueue<DisconnectReason> reasons = new LinkedBlockingQueue<>();
    server.of("/").onConnection(socket -> socket.onDisconnect((s, reason) -> reasons.add(reason)));
    FakeEngineSocket client = connected("0");
    server.of("/").sockets().values().iterator().next().disconnect(false);
    assertThat(client.nextText()).isEqualTo("1");
    assertThat(reasons.poll(5, TimeUnit.SECONDS))
        .isEqualTo(DisconnectReason.SERVER_NAMESPACE_DISCONNECT);
    assertThat(client.isOpen()).isTrue();
  }

  @Test
  void disconnectWithCloseEndsTheEngineConnection() throws Exception {
    FakeEngineSocket client = connected("0");
    server.of("/").sockets().values().iterator().next().disconnect(true);
    assertThat(client.nextText()).isEqualTo("1");
    assertThat(client.isOpen()).isFalse();
  }

  @Test
  void emitWithAckCompletesWithTheClientsAckOffTheReadThread() throws Exception {
    FakeEngineSocket client = connected("0");
    Socket socket = server.of("/").sockets().values().iterator().next();
    CompletableFuture<List<JsonNode>> answer =
        socket.emitWithAck(Duration.ofSeconds(5), "question", 1);
    assertThat(client.nextText()).isEqualTo("20[\"question\",1]");
    CompletableFuture<Thread> completedOn = answer.thenApply(args -> Thread.currentThread());
    client.receive("30[\"yes\",{\"n\":2}]");
    // wait on the dependent first: a thread waiting on `answer` itself could run its dependents
    assertThat(completedOn.get(5, TimeUnit.SECONDS)).isNotSameAs(Thread.currentThread());
    assertThat(answer.get(5, TimeUnit.SECONDS).toString()).isEqualTo("[\"yes\", {\"n\":2}]");
  }

  @Test
  void unansweredAckTimesOutAndIsForgotten() throws Exception {
    FakeEngineSocket client = connected("0");
    Socket socket = server.of("/").sockets().values().iterator().next();
    CompletableFuture<List<JsonNode>> answer =
        socket.emitWithAck(Duration.ofMillis(50), "question");
    assertThat(client.nextText()).isEqualTo("20[\"question\"]");
    assertThatThrownBy(() -> answer.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(TimeoutException.class);
    client.receive("30[\"late\"]");
    assertThat(client.isOpen()).as("a late ack is ignored").isTrue();
  }

  @Test
  void handlersRunInOrderOffTheReadThreadAndAFailingOneDoesNotKillTheSocket() throws Exception {
    List<String> calls = new CopyOnWriteArrayList<>();
    List<Thread> threads = new CopyOnWriteArrayList<>();
    server
        .of("/ordered")
        .onConnection(
            socket ->
                socket.onAny(
                    (s, event, args, ack) -> {
                      threads.add(Thread.currentThread());
                      if (event.equals("boom")) {
                        throw new IllegalStateException("handler failure on purpose");
                      }
                      calls.add(event + args.get(0).asInt());
                      ack.send("ok");
                    }));
    FakeEngineSocket client = new FakeEngineSocket(server);
    client.receive("0/ordered,");
    client.nextText();
    for (int i = 0; i < 200; i++) {
      client.receive("2/ordered,[\"e\"," + i + "]");
      if (i == 100) {
        client.receive("2/ordered,[\"boom\",0]");
      }
    }
    client.receive("2/ordered,7[\"last\",1]");
    assertThat(client.nextText()).isEqualTo("3/ordered,7[\"ok\"]");
    assertThat(calls).hasSize(201);
    for (int i = 0; i < 200; i++) {
      assertThat(calls.get(i)).isEqualTo("e" + i);
    }
    assertThat(threads).doesNotContain(Thread.currentThread());
    assertThat(client.isOpen()).isTrue();
  }

  @Test
  void roomBroadcastReachesMembersExceptTheSenderAndIsEncodedOnce() throws Exception {
    List<String> idsInConnectionOrder = new CopyOnWriteArrayList<>();
    server
        .of("/rooms")
        .onConnection(
            socket -> {
              idsInConnectionOrder.add(socket.id());
              socket.join("lobby");
              socket.on("shout", (s, args, ack) -> s.to("lobby").emit("heard", args.get(0)));
              socket.emit("joined");
            });
    FakeEngineSocket alice = connectedTo("/rooms");
    FakeEngineSocket bob = connectedTo("/rooms");
    FakeEngineSocket carol = connectedTo("/rooms");
    assertThat(server.of("/rooms").adapter().roomSize("lobby")).isEqualTo(3);

    alice.receive("2/rooms,[\"shout\",\"hi\"]");
    FakeEngineSocket.Sent toBob = bob.next();
    FakeEngineSocket.Sent toCarol = carol.next();
    assertThat(((EngineMessage.Text) toBob.messages().get(0)).data())
        .isEqualTo("2/rooms,[\"heard\",\"hi\"]");
    assertThat(toBob.messages()).as("encoded once for all recipients").isSameAs(toCarol.messages());
    assertThat(alice.quietFor(200)).isTrue();

    String carolId = idsInConnectionOrder.get(2);
    server.of("/rooms").to("lobby").except(carolId).volatileFlag().emit("news", 1);
    assertThat(alice.next().droppable()).isTrue();
    assertThat(bob.nextText()).isEqualTo("2/rooms,[\"news\",1]");
    assertThat(carol.quietFor(200)).isTrue();
  }

  @Test
  void leavingTheConnectionLeavesEveryRoom() throws Exception {
    server
        .of("/rooms")
        .onConnection(
            socket -> {
              socket.join("a", "b");
              socket.emit("joined");
            });
    FakeEngineSocket client = connectedTo("/rooms");
    assertThat(server.of("/rooms").adapter().roomSize("a")).isEqualTo(1);
    client.drop("transport close");
    assertThat(server.of("/rooms").adapter().rooms()).isEmpty();
    assertThat(server.of("/rooms").sockets()).isEmpty();
  }

  @Test
  void connectionStateRecoveryReplaysMissedPacketsWithTheSameIdRoomsAndData() throws Exception {
    server.close();
    server =
        new SocketIoServer(SocketIoOptions.defaults().withRecovery(ConnectionStateRecovery.on()));
    List<Integer> middlewareCalls = new CopyOnWriteArrayList<>();
    server
        .of("/")
        .use(
            socket -> {
              middlewareCalls.add(1);
              socket.data().put("user", "u1");
              return Admission.allow();
            })
        .onConnection(
            socket -> {
              if (!socket.recovered()) {
                socket.join("news");
              }
              socket.emit("hello", socket.recovered());
            });
    FakeEngineSocket first = new FakeEngineSocket(server);
    first.receive("0");
    String reply = first.nextText();
    assertThat(reply).matches("0\\{\"sid\":\"[^\"]+\",\"pid\":\"[^\"]+\"\\}");
    String hello = first.nextText();
    assertThat(hello).matches("2\\[\"hello\",false,\"[^\"]+\"\\]");
    String offset = hello.substring(hello.lastIndexOf(",\"") + 2, hello.length() - 2);
    String pid = Json.MAPPER.readTree(reply.substring(1)).get("pid").asText();
    String sid = sidOf(reply);

    first.drop("transport close");
    server.of("/").to("news").emit("missed", 1);
    server.of("/").to("elsewhere").emit("not-for-you");

    FakeEngineSocket second = new FakeEngineSocket(server);
    second.receive("0{\"pid\":\"" + pid + "\",\"offset\":\"" + offset + "\"}");
    assertThat(second.nextText()).matches("2\\[\"missed\",1,\"[^\"]+\"\\]");
    assertThat(second.nextText()).isEqualTo("0{\"sid\":\"" + sid + "\",\"pid\":\"" + pid + "\"}");
    assertThat(second.nextText()).matches("2\\[\"hello\",true,\"[^\"]+\"\\]");
    Socket restored = server.of("/").socket(sid).orElseThrow();
    assertThat(restored.rooms()).contains("news", sid);
    assertThat(restored.data()).containsEntry("user", "u1");
    assertThat(middlewareCalls).hasSize(1);
  }

  @Test
  void unknownRecoverySessionGivesAFreshSocket() throws Exception {
    server.close();
    server = server(SocketIoOptions.defaults().withRecovery(ConnectionStateRecovery.on()));
    FakeEngineSocket client = new FakeEngineSocket(server);
    client.receive("0{\"pid\":\"nope\",\"offset\":\"nope\"}");
    assertThat(client.nextText()).matches("0\\{\"sid\":\"[^\"]+\",\"pid\":\"[^\"]+\"\\}");
    assertThat(server.of("/").sockets().values().iterator().next().recovered()).isFalse();
  }

  @Test
  void reservedEventNamesCannotBeEmitted() throws Exception {
    connected("0");
    Socket socket = server.of("/").sockets().values().iterator().next();
    assertThatThrownBy(() -> socket.emit("disconnect"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private FakeEngineSocket connected(String connect) throws Exception {
    FakeEngineSocket client = new FakeEngineSocket(server);
    client.receive(connect);
    assertThat(client.nextText()).startsWith("0{\"sid\":");
    assertThat(client.nextText()).startsWith("2[\"auth\"");
    return client;
  }

  private FakeEngineSocket connectedTo(String namespace) throws Exception {
    FakeEngineSocket client = new FakeEngineSocket(server);
    client.receive("0" + namespace + ",");
    assertThat(client.nextText()).startsWith("0" + namespace + ",{\"sid\":");
    assertThat(client.nextText()).isEqualTo("2" + namespace + ",[\"joined\"]");
    return client;
  }
}
