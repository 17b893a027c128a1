package dev.parley.socketio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.socketio.testing.RawHttp;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
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

class PollingTransportTest {
  private static final Pattern SID = Pattern.compile("\"sid\":\"([^\"]+)\"");

  private final HttpClient http = HttpClient.newHttpClient();
  private EchoServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private EchoServer start(EngineOptions options) {
    server = new EchoServer(options);
    return server;
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private CompletableFuture<HttpResponse<String>> getAsync(String url) {
    return http.sendAsync(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String url, String body)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "text/plain;charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private String handshake() throws IOException, InterruptedException {
    HttpResponse<String> response = get(server.base());
    assertThat(response.statusCode()).isEqualTo(200);
    Matcher sid = SID.matcher(response.body());
    assertThat(sid.find()).as(response.body()).isTrue();
    return sid.group(1);
  }

  private String session(String sid) {
    return server.base() + "&sid=" + sid;
  }

  @Test
  void opensASessionWithTheNodeHandshake() throws Exception {
    start(EchoServer.fastOptions());

    HttpResponse<String> response = get(server.base() + "&t=abc");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type")).hasValue("text/plain; charset=UTF-8");
    assertThat(response.headers().firstValue("cache-control")).hasValue("no-store");
    assertThat(response.body())
        .matches(
            "0\\{\"sid\":\"[A-Za-z0-9_-]{20}\",\"upgrades\":\\[\"websocket\"\\],"
                + "\"pingInterval\":300,\"pingTimeout\":200,\"maxPayload\":1000000\\}");
    EngineSocket socket = server.opened.poll(5, TimeUnit.SECONDS);
    assertThat(socket).isNotNull();
    assertThat(socket.transport()).isEqualTo("polling");
    assertThat(socket.handshake().query()).containsEntry("t", "abc").containsEntry("EIO", "4");
    assertThat(socket.handshake().headers()).containsKey("host");
    assertThat(socket.handshake().remoteAddress()).isEqualTo("127.0.0.1");
    assertThat(socket.handshake().url()).startsWith("/engine.io/?EIO=4");
    assertThat(server.engine.openSessions()).isEqualTo(1);
  }

  @Test
  void refusesBadRequestsWithNodesErrorBodies() throws Exception {
    start(EchoServer.fastOptions());
    String root = "http://127.0.0.1:" + server.port() + "/engine.io/";

    assertError(get(root + "?transport=polling"), 400, 5, "Unsupported protocol version");
    assertError(get(root + "?EIO=abc&transport=polling"), 400, 5, "Unsupported protocol version");
    assertError(get(root + "?EIO=4"), 400, 0, "Transport unknown");
    assertError(get(root + "?EIO=4&transport=abc"), 400, 0, "Transport unknown");
    assertError(post(server.base(), "4hello"), 400, 2, "Bad handshake method");
    assertError(
        http.send(
            HttpRequest.newBuilder(URI.create(server.base()))
                .PUT(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofString()),
        400,
        2,
        "Bad handshake method");
    assertError(get(server.base() + "&sid=nope"), 400, 1, "Session ID unknown");
    assertError(get(root + "?EIO=4&transport=websocket"), 400, 3, "Bad request");
  }

  private static void assertError(HttpResponse<String> response, int status, int code, String msg) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
    assertThat(response.body()).isEqualTo("{\"code\":" + code + ",\"message\":\"" + msg + "\"}");
  }

  @Test
  void echoesBatchesOfTextAndBinaryPackets() throws Exception {
    start(EchoServer.slowHeartbeat());
    String sid = handshake();

    HttpResponse<String> posted = post(session(sid), "4test1\u001e4test2\u001e4test3");
    assertThat(posted.statusCode()).isEqualTo(200);
    assertThat(posted.body()).isEqualTo("ok");
    assertThat(posted.headers().firstValue("content-type")).hasValue("text/html");
    assertThat(get(session(sid)).body()).isEqualTo("4test1\u001e4test2\u001e4test3");

    post(session(sid), "4hello\u001ebAQIDBA==");
    assertThat(get(session(sid)).body()).isEqualTo("4hello\u001ebAQIDBA==");
  }

  @Test
  void backToBackPostsKeepTheSessionOpen() throws Exception {
    // The client sends its next POST the moment it reads "ok"; a session still busy finishing the
    // previous one must not take it for an overlapping POST.
    start(EchoServer.slowHeartbeat());
    String sid = handshake();
    for (int i = 0; i < 300; i++) {
      HttpResponse<String> posted = post(session(sid), "4m" + i);
      assertThat(posted.statusCode()).as("POST %d: %s", i, posted.body()).isEqualTo(200);
    }
    HttpResponse<String> echoed = get(session(sid));
    assertThat(echoed.statusCode()).isEqualTo(200);
    assertThat(echoed.body()).startsWith("4m0\u001e4m1\u001e").endsWith("4m299");
  }

  @Test
  void aPendingPollIsAnsweredWhenSomethingIsQueued() throws Exception {
    start(EchoServer.slowHeartbeat());
    String sid = handshake();
    CompletableFuture<HttpResponse<String>> poll = getAsync(session(sid));
    Thread.sleep(300);
    assertThat(poll).isNotDone();

    server.socket(sid).send(List.of(new EngineMessage.Text("late")), false);

    assertThat(poll.get(5, TimeUnit.SECONDS).body()).isEqualTo("4late");
    // the same keep-alive connection still serves requests after a long wait
    post(session(sid), "4again");
    assertThat(get(session(sid)).body()).isEqualTo("4again");
  }

  @Test
  void anInvalidPacketClosesTheSession() throws Exception {
    start(EchoServer.slowHeartbeat());
    String sid = handshake();

    assertThat(post(session(sid), "abc").statusCode()).isEqualTo(400);

    assertThat(get(session(sid)).statusCode()).isEqualTo(400);
    assertThat(server.closeReason(sid)).isEqualTo("parse error");
  }

  @Test
  void duplicatePollsCloseTheSession() throws Exception {
    start(EchoServer.slowHeartbeat());
    String sid = handshake();
    CompletableFuture<HttpResponse<String>> first = getAsync(session(sid));
    Thread.sleep(100);

    HttpResponse<String> second = get(session(sid));

    assertThat(second.statusCode()).isEqualTo(400);
    assertThat(first.get(5, TimeUnit.SECONDS).body()).isEqualTo("1");
    assertThat(get(session(sid)).statusCode()).isEqualTo(400);
    assertThat(server.closeReason(sid)).isEqualTo("transport error");
  }

  @Test
  void anAbortedPollClosesTheSession() throws Exception {
    start(EchoServer.slowHeartbeat());
    String sid = handshake();
    try (Socket raw = new Socket("127.0.0.1", server.port())) {
      OutputStream out = raw.getOutputStream();
      out.write(
          ("GET /engine.io/?EIO=4&transport=polling&sid="
                  + sid
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread.sleep(200);
    }

    // the heartbeat is 25 s: only the aborted poll can close the session this soon
    assertThat(server.closeReason(sid)).isEqualTo("transport error");
    assertThat(get(session(sid)).statusCode()).isEqualTo(400);
  }

  @Test
  void aPipelinedRequestSurvivesTheAbortWatch() throws Exception {
    start(EchoServer.slowHeartbeat());
    String sid = handshake();
    try (Socket raw = new Socket("127.0.0.1", server.port())) {
      raw.setSoTimeout(5000);
      OutputStream out = raw.getOutputStream();
      out.write(
          ("GET /engine.io/?EIO=4&transport=polling&sid="
                  + sid
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread.sleep(300);
      out.write(
          "GET /other HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread.sleep(300);

      server.socket(sid).send(List.of(new EngineMessage.Text("x")), false);

      String responses = readUntil(raw, "other route");
      assertThat(responses).contains("\r\n\r\n4x").endsWith("other route");
    }
  }

  private static String readUntil(Socket socket, String end) throws IOException {
    StringBuilder text = new StringBuilder();
    byte[] chunk = new byte[1024];
    while (!text.toString().endsWith(end)) {
      int read;
      try {
        read = socket.getInputStream().read(chunk);
      } catch (java.net.SocketTimeoutException e) {
        throw new AssertionError("timed out after reading: " + text, e);
      }
      if (read < 0) {
        break;
      }
      text.append(new String(chunk, 0, read, StandardCharsets.US_ASCII));
    }
    return text.toString();
  }

  @Test
  void aClosePacketEndsThePendingPollWithANoop() throws Exception {
    start(EchoServer.slowHeartbeat());
    String sid = handshake();
    CompletableFuture<HttpResponse<String>> poll = getAsync(session(sid));
    Thread.sleep(100);

    assertThat(post(session(sid), "1").body()).isEqualTo("ok");

    assertThat(poll.get(5, TimeUnit.SECONDS).body()).isEqualTo("6");
    assertThat(get(session(sid)).statusCode()).isEqualTo(400);
    assertThat(server.closeReason(sid)).isEqualTo("forced close");
  }

  @Test
  void aPollRacingBehindTheClosePacketStillGetsTheNoop() throws Exception {
    start(EchoServer.slowHeartbeat());
    String sid = handshake();

    assertThat(post(session(sid), "1").body()).isEqualTo("ok");

    assertThat(server.closeReason(sid)).isEqualTo("forced close");
    assertThat(get(session(sid)).body()).isEqualTo("6");
    assertThat(get(session(sid)).statusCode()).isEqualTo(400);
    assertThat(server.engine.openSessions()).isZero();
  }

  @Test
  void pingsAndTakesPongs() throws Exception {
    start(
        EchoServer.slowHeartbeat()
            .withPingInterval(Duration.ofMillis(100))
            .withPingTimeout(Duration.ofMillis(300)));
    String sid = handshake();

    for (int round = 0; round < 3; round++) {
      assertThat(get(session(sid)).body()).isEqualTo("2");
      assertThat(post(session(sid), "3").statusCode()).isEqualTo(200);
    }
    assertThat(server.socket(sid).isOpen()).isTrue();
  }

  @Test
  void closesOnPingTimeoutAtIntervalPlusTimeout() throws Exception {
    start(
        EchoServer.slowHeartbeat()
            .withPingInterval(Duration.ofMillis(100))
            .withPingTimeout(Duration.ofMillis(100)));
    String sid = handshake();

    assertThat(server.closeReason(sid)).isEqualTo("ping timeout");
    assertThat(get(session(sid)).statusCode()).isEqualTo(400);
  }

  @Test
  void aClientPingIsAnError() throws Exception {
    start(EchoServer.slowHeartbeat());
    String sid = handshake();

    post(session(sid), "2");

    assertThat(server.closeReason(sid)).isEqualTo("transport error");
  }

  /**
   * As Node: the 413 is the only answer, the session stays. A close packet reaching the client's
   * pending poll first would hide the 413 (the official client reports "transport close" instead of
   * "xhr post error"); the client gives up the session itself.
   */
  @Test
  void anOversizedPostIsAnswered413AndThePendingPollCarriesOn() throws Exception {
    start(EchoServer.slowHeartbeat().withMaxPayload(1000));
    String sid = handshake();
    CompletableFuture<HttpResponse<String>> poll = getAsync(session(sid));
    Thread.sleep(200); // the poll is pending

    HttpResponse<String> refused = post(session(sid), "4" + "x".repeat(1000));
    Thread.sleep(300);
    boolean pollEndedByTheRefusal = poll.isDone();
    post(session(sid), "4after");

    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(pollEndedByTheRefusal).isFalse();
    assertThat(poll.get(5, TimeUnit.SECONDS).body()).isEqualTo("4after");
  }

  @Test
  void aBinaryContentTypeIsRefused() throws Exception {
    start(EchoServer.slowHeartbeat());
    String sid = handshake();

    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(session(sid)))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {4, 1, 2}))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(server.closeReason(sid)).isEqualTo("transport error");
  }

  @Test
  void dropsVolatileMessagesPastHalfTheByteBudgetAndClosesPastAllOfIt() throws Exception {
    start(EchoServer.slowHeartbeat().withMaxBufferedBytes(400));
    String sid = handshake();
    EngineSocket socket = server.socket(sid);
    List<EngineMessage> hundredBytes = List.of(new EngineMessage.Text("m".repeat(100)));

    assertThat(socket.send(hundredBytes, true)).isTrue();
    assertThat(socket.send(hundredBytes, true)).as("volatile up to half the budget").isTrue();
    assertThat(socket.send(hundredBytes, true)).as("volatile past half the budget").isFalse();
    assertThat(socket.send(hundredBytes, false)).as("the rest up to the budget").isTrue();
    assertThat(socket.send(hundredBytes, false)).isTrue();
    assertThat(socket.isOpen()).isTrue();
    assertThat(socket.send(hundredBytes, false)).as("past the budget").isFalse();

    assertThat(socket.isOpen()).isFalse();
    assertThat(server.closeReason(sid)).isEqualTo("transport error");
    assertThat(get(session(sid)).statusCode()).isEqualTo(400);
  }

  /** The budget is bytes: many small packets for a client that reads are no reason to close. */
  @Test
  void aFastReaderOfManySmallPacketsKeepsItsSession() throws Exception {
    start(EchoServer.slowHeartbeat());
    String sid = handshake();
    EngineSocket socket = server.socket(sid);

    for (int i = 0; i < 5000; i++) {
      socket.send(List.of(new EngineMessage.Text("m" + i)), false);
    }

    assertThat(socket.isOpen()).isTrue();
    String[] received = get(session(sid)).body().split("\u001e");
    assertThat(received).hasSize(5000);
    assertThat(received[4999]).isEqualTo("4m4999");
  }

  @Test
  void aVolatileSendNeverClosesTheSession() throws Exception {
    start(EchoServer.slowHeartbeat().withMaxBufferedBytes(200));
    String sid = handshake();
    EngineSocket socket = server.socket(sid);
    socket.send(List.of(new EngineMessage.Text("first")), false);
    List<EngineMessage> five =
        java.util.Collections.nCopies(5, (EngineMessage) new EngineMessage.Text("m".repeat(30)));

    assertThat(socket.send(five, true)).isFalse();

    assertThat(socket.isOpen()).isTrue();
    assertThat(socket.send(List.of(new EngineMessage.Text("kept")), true)).isTrue();
    assertThat(get(session(sid)).body()).isEqualTo("4first\u001e4kept");
  }

  /** A client with nothing queued is reading: it gets a message larger than the whole budget. */
  @Test
  void aMessageLargerThanTheBudgetReachesAClientWithNothingQueued() throws Exception {
    start(EchoServer.slowHeartbeat().withMaxBufferedBytes(100));
    String sid = handshake();

    assertThat(server.socket(sid).send(List.of(new EngineMessage.Text("x".repeat(500))), false))
        .isTrue();

    assertThat(get(session(sid)).body()).hasSize(501);
  }

  @Test
  void aServerCloseFlushesTheQueueThenSendsClose() throws Exception {
    start(EchoServer.slowHeartbeat());
    String sid = handshake();
    EngineSocket socket = server.socket(sid);
    socket.send(List.of(new EngineMessage.Text("bye")), false);

    socket.close();

    assertThat(socket.isOpen()).isFalse();
    assertThat(socket.send(List.of(new EngineMessage.Text("late")), false)).isFalse();
    assertThat(server.closeReason(sid)).isEqualTo("forced server close");
    assertThat(get(session(sid)).body()).isEqualTo("4bye\u001e1");
    assertThat(get(session(sid)).statusCode()).isEqualTo(400);
    assertThat(server.engine.openSessions()).isZero();
  }

  @Test
  void shuttingDownClosesEverySession() throws Exception {
    start(EchoServer.slowHeartbeat());
    String sid = handshake();
    CompletableFuture<HttpResponse<String>> poll = getAsync(session(sid));
    Thread.sleep(100);

    server.engine.close();

    assertThat(poll.get(5, TimeUnit.SECONDS).body()).isEqualTo("1");
    assertThat(server.closeReason(sid)).isEqualTo("server shutting down");
    assertThat(server.engine.openSessions()).isZero();
  }

  @Test
  void aDrainingServerRefusesNewSessionsWith503AndKeepsOpenOnes() throws Exception {
    start(EchoServer.slowHeartbeat());
    String sid = handshake();

    server.engine.stopAccepting();

    HttpResponse<String> refused = get(server.base());
    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(refused.body()).isEqualTo("{\"code\":3,\"message\":\"Server shutting down\"}");
    server.socket(sid).send(List.of(new EngineMessage.Text("still here")), false);
    assertThat(get(session(sid)).body()).isEqualTo("4still here");
  }

  @Test
  void composesWithOtherRoutes() throws Exception {
    start(EchoServer.slowHeartbeat());

    assertThat(get("http://127.0.0.1:" + server.port() + "/other").body()).isEqualTo("other route");
  }

  @Test
  void corsEchoesAllowedOriginsAndRefusesOthers() throws Exception {
    start(
        EchoServer.slowHeartbeat()
            .withAllowedOrigins(OriginPolicy.only(List.of("https://app.example"))));

    HttpResponse<String> allowed =
        http.send(
            HttpRequest.newBuilder(URI.create(server.base()))
                .header("Origin", "https://app.example")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(allowed.statusCode()).isEqualTo(200);
    assertThat(allowed.headers().firstValue("access-control-allow-origin"))
        .hasValue("https://app.example");
    assertThat(allowed.headers().firstValue("access-control-allow-credentials")).hasValue("true");

    HttpResponse<String> refused =
        http.send(
            HttpRequest.newBuilder(URI.create(server.base()))
                .header("Origin", "https://evil.example")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertError(refused, 403, 4, "Forbidden");

    HttpResponse<String> preflight =
        http.send(
            HttpRequest.newBuilder(URI.create(server.base()))
                .header("Origin", "https://app.example")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("access-control-allow-headers"))
        .hasValue("content-type");
    assertThat(preflight.headers().firstValue("access-control-allow-methods")).isPresent();
  }

  @Test
  void headRequestsGetTheGetAnswersHeadersWithoutABody() throws Exception {
    start(EchoServer.fastOptions());
    String path = "/engine.io/?EIO=4&transport=polling";
    String sid = handshake();

    for (String target :
        List.of(
            path,
            path + "&sid=" + sid,
            "/engine.io/?EIO=4&transport=nope",
            path + "&sid=unknown")) {
      try (RawHttp raw = new RawHttp(server.port())) {
        RawHttp.Answer head = raw.exchange("HEAD", target);
        int stray = raw.strayBytes(200);
        // the same connection still reads the next response from its first byte
        RawHttp.Answer after = raw.exchange("GET", "/engine.io/?EIO=4&transport=nope");

        assertThat(stray).as("body bytes after HEAD " + target).isZero();
        assertThat(head.status()).as(target).isEqualTo(400);
        assertThat(head.header("content-type")).isEqualTo("application/json");
        assertThat(head.header("content-length")).isNotNull();
        assertThat(after.status()).isEqualTo(400);
        assertThat(new String(after.body(), StandardCharsets.UTF_8))
            .isEqualTo("{\"code\":0,\"message\":\"Transport unknown\"}");
        assertThat(Integer.parseInt(head.header("content-length")))
            .as("HEAD's Content-Length is the body a GET would get")
            .isEqualTo(headOf(target).length);
      }
    }
  }

  /** The body a GET of {@code target} answers, when it is an error (as every HEAD here is). */
  private byte[] headOf(String target) throws IOException, InterruptedException {
    HttpResponse<byte[]> got =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + target))
                .method("DELETE", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    return got.body();
  }
}
