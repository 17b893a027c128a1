package dev.parley.socketio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.socketio.testing.RawHttp;
import dev.parley.socketio.testing.RawWebSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** New sessions past the {@link SessionLimits}: refused with an HTTP answer on both transports. */
class SessionLimitsTest {
  private static final String POLLING = "/engine.io/?EIO=4&transport=polling";
  private static final String WEBSOCKET = "/engine.io/?EIO=4&transport=websocket";

  private EchoServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private void start(SessionLimits limits) {
    server = new EchoServer(EchoServer.slowHeartbeat().withSessionLimits(limits));
  }

  private RawHttp.Answer get(String path, Map<String, String> headers) {
    try (RawHttp http = new RawHttp(server.port())) {
      return http.exchange("GET", path, headers, new byte[0]);
    }
  }

  private static String body(RawHttp.Answer answer) {
    return new String(answer.body(), StandardCharsets.UTF_8);
  }

  @Test
  void pastTheCapNewSessionsAre503OnBothTransportsUntilOneCloses() throws Exception {
    start(new SessionLimits(2, 1000, SessionLimits.ClientAddresses.PEER));
    assertThat(get(POLLING, Map.of()).status()).isEqualTo(200);
    try (RawWebSocket second = RawWebSocket.connect(server.port(), WEBSOCKET)) {
      assertThat(second.status).isEqualTo(101);
      assertThat(second.readText()).startsWith("0{");

      RawHttp.Answer polling = get(POLLING, Map.of());
      RawWebSocket upgrade = RawWebSocket.connect(server.port(), WEBSOCKET);
      upgrade.close();

      assertThat(polling.status()).isEqualTo(503);
      assertThat(polling.header("retry-after")).isEqualTo("5");
      assertThat(polling.header("content-type")).isEqualTo("application/json");
      assertThat(body(polling)).isEqualTo("{\"code\":3,\"message\":\"Server at capacity\"}");
      assertThat(upgrade.status).isEqualTo(503);
      assertThat(server.engine.refusedAtCapacity()).isEqualTo(2);
      second.sendFrame(RawWebSocket.CLOSE, true, new byte[] {0x03, (byte) 0xe8});
      second.awaitClose(5000);
    }
    awaitSessions(1);
    assertThat(get(POLLING, Map.of()).status()).isEqualTo(200);
  }

  @Test
  void anUpgradeOfAnOpenSessionIsNoNewSession() throws Exception {
    start(new SessionLimits(1, 1000, SessionLimits.ClientAddresses.PEER));
    String open = body(get(POLLING, Map.of()));
    String sid = open.substring(open.indexOf("\"sid\":\"") + 7, open.indexOf("\",\""));

    try (RawWebSocket upgrade = RawWebSocket.connect(server.port(), WEBSOCKET + "&sid=" + sid)) {
      assertThat(upgrade.status).isEqualTo(101);
      upgrade.sendText("2probe");
      assertThat(upgrade.readText()).isEqualTo("3probe");
    }
  }

  @Test
  void anAddressPastItsHandshakeRateGets429AndOthersCarryOn() {
    start(new SessionLimits(100, 3, (peer, forwarded) -> forwarded.orElse(peer)));
    Map<String, String> nat = Map.of("X-Forwarded-For", "203.0.113.7");
    for (int i = 0; i < 3; i++) {
      assertThat(get(POLLING, nat).status()).isEqualTo(200);
    }

    RawHttp.Answer fourth = get(POLLING, nat);
    RawHttp.Answer anotherAddress = get(POLLING, Map.of("X-Forwarded-For", "198.51.100.1"));

    assertThat(fourth.status()).isEqualTo(429);
    assertThat(body(fourth)).isEqualTo("{\"code\":3,\"message\":\"Too many handshakes\"}");
    assertThat(Integer.parseInt(fourth.header("retry-after"))).isBetween(1, 21);
    assertThat(anotherAddress.status()).isEqualTo(200);
    assertThat(server.engine.refusedHandshakes()).isEqualTo(1);
  }

  @Test
  void aBucketRefillsAtItsRateAndFullOnesAreForgotten() {
    AtomicLong now = new AtomicLong();
    HandshakeBuckets buckets = new HandshakeBuckets(60, now::get);
    for (int i = 0; i < 60; i++) {
      assertThat(buckets.take("a")).isZero();
    }

    assertThat(buckets.take("a")).isEqualTo(TimeUnit.SECONDS.toNanos(1));
    now.addAndGet(TimeUnit.SECONDS.toNanos(1));
    assertThat(buckets.take("a")).isZero();
    assertThat(buckets.take("b")).isZero();

    now.addAndGet(TimeUnit.MINUTES.toNanos(1));
    buckets.forgetFull();
    assertThat(buckets.size()).isZero();
  }

  @Test
  void noLimitsByDefault() {
    assertThat(SessionLimits.none().maxSessions()).isEqualTo(Integer.MAX_VALUE);
    assertThat(SessionLimits.none().clientAddresses().of("10.0.0.1", Optional.of("1.2.3.4")))
        .isEqualTo("10.0.0.1");
  }

  private void awaitSessions(int count) throws InterruptedException {
    for (int i = 0; i < 100 && server.engine.openSessions() != count; i++) {
      Thread.sleep(50);
    }
    assertThat(server.engine.openSessions()).isEqualTo(count);
  }
}
