package dev.parley.socketio.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.parley.socketio.testing.RawWebSocket;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebSocketTransportTest {
  private static final Pattern SID = Pattern.compile("\"sid\":\"([^\"]+)\"");
  private static final String WS_PATH = "/engine.io/?EIO=4&transport=websocket";

  private final HttpClient http = HttpClient.newHttpClient();
  private EchoServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private void start(EngineOptions options) {
    server = new EchoServer(options);
  }

  private RawWebSocket connect(String pathAndQuery) throws IOException {
    RawWebSocket ws = RawWebSocket.connect(server.port(), pathAndQuery);
    assertThat(ws.status).isEqualTo(101);
    return ws;
  }

  /** Opens a WebSocket-only session and returns its sid. */
  private String open(RawWebSocket ws) throws IOException {
    String open = ws.readText();
    Matcher sid = SID.matcher(open);
    assertThat(sid.find()).as(open).isTrue();
    return sid.group(1);
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String pollingSession() throws IOException, InterruptedException {
    Matcher sid = SID.matcher(get(server.base()).body());
    assertThat(sid.find()).isTrue();
    return sid.group(1);
  }

  @Test
  void opensAWebSocketOnlySessionAndEchoesTextAndBinary() throws Exception {
    start(EchoServer.fastOptions());
    try (RawWebSocket ws = connect(WS_PATH)) {
      String open = ws.readText();
      assertThat(open)
          .matches(
              "0\\{\"sid\":\"[A-Za-z0-9_-]{20}\",\"upgrades\":\\[\\],"
                  + "\"pingInterval\":300,\"pingTimeout\":200,\"maxPayload\":1000000\\}");

      ws.sendText("4hello");
      assertThat(ws.readText()).isEqualTo("4hello");

      ws.sendBinary(new byte[] {1, 2, 3, 4});
      RawWebSocket.Frame binary = ws.readFrame(5000);
      assertThat(binary.opcode()).isEqualTo(RawWebSocket.BINARY);
      assertThat(binary.payload()).containsExactly(1, 2, 3, 4);

      EngineSocket socket = server.opened.poll(5, TimeUnit.SECONDS);
      assertThat(socket.transport()).isEqualTo("websocket");
      assertThat(socket.handshake().headers()).containsKey("sec-websocket-key");
      assertThat(socket.handshake().remoteAddress()).isEqualTo("127.0.0.1");
    }
  }

  @Test
  void refusesInvalidQueries() throws Exception {
    start(EchoServer.fastOptions());

    assertThat(RawWebSocket.connect(server.port(), "/engine.io/?transport=websocket").status)
        .isEqualTo(400);
    assertThat(RawWebSocket.connect(server.port(), "/engine.io/?EIO=4&transport=abc").status)
        .isEqualTo(400);
    assertThat(RawWebSocket.connect(server.port(), "/engine.io/?EIO=4&transport=polling").status)
        .isEqualTo(400);
    assertThat(RawWebSocket.connect(server.port(), WS_PATH + "&sid=unknown").status).isEqualTo(400);
  }

  @Test
  void anInvalidPacketClosesTheConnection() throws Exception {
    start(EchoServer.slowHeartbeat());
    try (RawWebSocket ws = connect(WS_PATH)) {
      String sid = open(ws);

      ws.sendText("abc");

      ws.awaitClose(5000);
      assertThat(server.closeReason(sid)).isEqualTo("parse error");
    }
  }

  @Test
  void aClosePacketClosesAtOnce() throws Exception {
    start(EchoServer.slowHeartbeat());
    try (RawWebSocket ws = connect(WS_PATH)) {
      String sid = open(ws);

      ws.sendText("1");

      ws.awaitClose(2000);
      assertThat(server.closeReason(sid)).isEqualTo("forced close");
      assertThat(server.engine.openSessions()).isZero();
    }
  }

  @Test
  void pingsTakesPongsAndTimesOut() throws Exception {
    start(
        EchoServer.slowHeartbeat()
            .withPingInterval(Duration.ofMillis(100))
            .withPingTimeout(Duration.ofMillis(100)));
    try (RawWebSocket ws = connect(WS_PATH)) {
      String sid = open(ws);
      for (int round = 0; round < 3; round++) {
        assertThat(ws.readText()).isEqualTo("2");
        ws.sendText("3");
      }
      assertThat(ws.readText()).isEqualTo("2");

      ws.awaitClose(2000);
      assertThat(server.closeReason(sid)).isEqualTo("ping timeout");
    }
  }

  @Test
  void answersWebSocketPingFrames() throws Exception {
    start(EchoServer.slowHeartbeat());
    try (RawWebSocket ws = connect(WS_PATH)) {
      open(ws);

      ws.sendFrame(RawWebSocket.PING, true, "are you there".getBytes(StandardCharsets.UTF_8));

      RawWebSocket.Frame pong = ws.readFrame(5000);
      assertThat(pong.opcode()).isEqualTo(RawWebSocket.PONG);
      assertThat(pong.text()).isEqualTo("are you there");
    }
  }

  @Test
  void assemblesFragmentedMessages() throws Exception {
    start(EchoServer.slowHeartbeat());
    try (RawWebSocket ws = connect(WS_PATH)) {
      open(ws);

      ws.sendFrame(RawWebSocket.TEXT, false, "4hel".getBytes(StandardCharsets.UTF_8));
      ws.sendFrame(RawWebSocket.CONTINUATION, false, "lo wo".getBytes(StandardCharsets.UTF_8));
      ws.sendFrame(RawWebSocket.CONTINUATION, true, "rld".getBytes(StandardCharsets.UTF_8));
      assertThat(ws.readText()).isEqualTo("4hello world");

      ws.sendFrame(RawWebSocket.BINARY, false, new byte[] {1, 2});
      ws.sendFrame(RawWebSocket.CONTINUATION, true, new byte[] {3});
      assertThat(ws.readFrame(5000).payload()).containsExactly(1, 2, 3);
    }
  }

  @Test
  void capsTheAssembledSizeOfFragmentedMessages() throws Exception {
    start(EchoServer.slowHeartbeat().withMaxPayload(1000));
    try (RawWebSocket ws = connect(WS_PATH)) {
      String sid = open(ws);
      byte[] part = "x".repeat(400).getBytes(StandardCharsets.UTF_8);
      part[0] = '4';

      ws.sendFrame(RawWebSocket.TEXT, false, part);
      ws.sendFrame(RawWebSocket.CONTINUATION, false, part);
      ws.sendFrame(RawWebSocket.CONTINUATION, true, part);

      RawWebSocket.Frame close = ws.awaitClose(5000);
      assertThat(close).isNotNull();
      assertThat(close.closeCode()).isEqualTo(1009);
      assertThat(server.closeReason(sid)).isEqualTo("transport error");
    }
  }

  @Test
  void refusesASingleOversizedMessage() throws Exception {
    start(EchoServer.slowHeartbeat().withMaxPayload(1000));
    try (RawWebSocket ws = connect(WS_PATH)) {
      open(ws);

      ws.sendText("4" + "x".repeat(1000));

      RawWebSocket.Frame close = ws.awaitClose(5000);
      assertThat(close).isNotNull();
      assertThat(close.closeCode()).isEqualTo(1009);
    }
  }

  @Test
  void upgradesFromPollingToWebSocket() throws Exception {
    start(EchoServer.slowHeartbeat());
    String sid = pollingSession();
    String poll = server.base() + "&sid=" + sid;
    CompletableFuture<HttpResponse<String>> pending =
        http.sendAsync(
            HttpRequest.newBuilder(URI.create(poll)).build(), HttpResponse.BodyHandlers.ofString());

    try (RawWebSocket ws = connect(WS_PATH + "&sid=" + sid)) {
      ws.sendText("2probe");
      assertThat(ws.readText()).isEqualTo("3probe");
      assertThat(pending.get(5, TimeUnit.SECONDS).body()).isEqualTo("6");

      ws.sendText("5");
      ws.sendText("4hello");
      assertThat(ws.readText()).isEqualTo("4hello");
      assertThat(server.socket(sid).transport()).isEqualTo("websocket");

      HttpResponse<String> late = get(poll);
      assertThat(late.statusCode()).isEqualTo(400);
      assertThat(late.body()).isEqualTo("{\"code\":3,\"message\":\"Bad request\"}");

      try (RawWebSocket second = connect(WS_PATH + "&sid=" + sid)) {
        second.awaitClose(5000);
      }
      ws.sendText("4still here");
      assertThat(ws.readText()).isEqualTo("4still here");
    }
  }

  @Test
  void aPollRacingTheUpgradePacketSeesTheUpgrade() throws Exception {
    start(EchoServer.slowHeartbeat());
    String sid = pollingSession();
    try (RawWebSocket ws = connect(WS_PATH + "&sid=" + sid)) {
      ws.sendText("2probe");
      assertThat(ws.readText()).isEqualTo("3probe");

      CompletableFuture<HttpResponse<String>> poll =
          http.sendAsync(
              HttpRequest.newBuilder(URI.create(server.base() + "&sid=" + sid)).build(),
              HttpResponse.BodyHandlers.ofString());
      ws.sendText("5");

      assertThat(poll.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(400);
      ws.sendText("4hello");
      assertThat(ws.readText()).isEqualTo("4hello");
    }
  }

  @Test
  void messagesQueuedDuringTheUpgradeAreNotLost() throws Exception {
    start(EchoServer.slowHeartbeat());
    String sid = pollingSession();
    try (RawWebSocket ws = connect(WS_PATH + "&sid=" + sid)) {
      ws.sendText("2probe");
      assertThat(ws.readText()).isEqualTo("3probe");
      server.socket(sid).send(List.of(new EngineMessage.Text("queued")), false);

      ws.sendText("5");

      assertThat(ws.readText()).isEqualTo("4queued");
    }
  }

  @Test
  void anUpgradeThatNeverCompletesTimesOut() throws Exception {
    start(EchoServer.slowHeartbeat().withUpgradeTimeout(Duration.ofMillis(200)));
    String sid = pollingSession();
    try (RawWebSocket ws = connect(WS_PATH + "&sid=" + sid)) {
      ws.sendText("2probe");
      assertThat(ws.readText()).isEqualTo("3probe");

      ws.awaitClose(5000);
    }
    EngineSocket socket = server.socket(sid);
    assertThat(socket.isOpen()).isTrue();
    assertThat(socket.transport()).isEqualTo("polling");
    server.socket(sid).send(List.of(new EngineMessage.Text("still polling")), false);
    assertThat(get(server.base() + "&sid=" + sid).body()).isEqualTo("4still polling");
  }

  @Test
  void aSlowReaderNeverBlocksTheSender() throws Exception {
    start(EchoServer.slowHeartbeat().withMaxBufferedBytes(8 * 256 * 1024));
    try (RawWebSocket ws = connect(WS_PATH)) {
      String sid = open(ws);
      EngineSocket socket = server.socket(sid);
      List<EngineMessage> big = List.of(new EngineMessage.Text("x".repeat(256 * 1024)));

      // the client reads nothing: once the TCP buffers are full, the queue fills up instead, and
      // stays full however long the sender waits
      boolean stuck =
          assertTimeoutPreemptively(
              Duration.ofSeconds(30),
              () -> {
                for (int round = 0; round < 50; round++) {
                  int sent = 0;
                  while (socket.send(big, true)) {
                    sent++;
                  }
                  if (sent == 0) {
                    return true;
                  }
                  Thread.sleep(300);
                }
                return false;
              });
      assertThat(stuck).as("droppable sends are refused while the writer is stuck").isTrue();
      assertThat(socket.isOpen()).isTrue();

      assertTimeoutPreemptively(
          Duration.ofSeconds(5),
          () -> {
            for (int i = 0; i < 20 && socket.isOpen(); i++) {
              socket.send(big, false);
            }
          });
      assertThat(socket.isOpen()).as("a non-droppable send over the budget closes").isFalse();
      assertThat(server.closeReason(sid)).isEqualTo("transport error");

      // the writer is stuck on the unread connection, so the server drops it without a close frame
      Thread.sleep(1500);
      assertThat(ws.awaitClose(10_000)).as("dropped, not closed with a frame").isNull();
    }
  }

  @Test
  void shuttingDownClosesWebSockets() throws Exception {
    start(EchoServer.slowHeartbeat());
    try (RawWebSocket ws = connect(WS_PATH)) {
      String sid = open(ws);
      server.socket(sid).send(List.of(new EngineMessage.Text("last words")), false);

      server.engine.close();

      assertThat(ws.readText()).isEqualTo("4last words");
      ws.awaitClose(5000);
      assertThat(server.closeReason(sid)).isEqualTo("server shutting down");
    }
  }
}
