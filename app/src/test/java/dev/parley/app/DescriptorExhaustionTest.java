package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.socketio.testing.RawHttp;
import dev.parley.socketio.testing.RawWebSocket;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Descriptor exhaustion (issue 17, point 1), with Parley's real entry point in a child process
 * whose descriptor limit is 256: new sessions past the connection cap are refused with 503 (one log
 * line for the burst, a metric), a flood of idle sockets past the limit does not stop the listener,
 * and once they are gone it accepts again. Helidon 4.5 stopped its listener for good on the first
 * failed accept.
 */
class DescriptorExhaustionTest {
  private static final int DESCRIPTOR_LIMIT = 256;
  private static final Pattern PORT = Pattern.compile("listening on http://localhost:(\\d+)");
  private static final String WEBSOCKET = "/socket.io/?EIO=4&transport=websocket";
  private static final String POLLING = "/socket.io/?EIO=4&transport=polling";

  @Test
  void past_the_cap_new_sessions_get_503_and_after_a_flood_the_server_accepts_again()
      throws Exception {
    Path log = Files.createTempFile("parley-descriptors-", ".log");
    Process parley = startWithDescriptorLimit(log);
    List<RawWebSocket> sessions = new ArrayList<>();
    List<Socket> flood = new ArrayList<>();
    try {
      int port = awaitPort(parley, log);
      // the default cap: half the descriptors, a tenth of that kept to answer the refused
      int maxSessions =
          new Configuration.Connections(DESCRIPTOR_LIMIT / 2, java.time.Duration.ZERO)
              .maxSessions();

      int refusedStatus = 0;
      while (sessions.size() <= maxSessions) {
        RawWebSocket ws = RawWebSocket.connect(port, WEBSOCKET);
        if (ws.status != 101) {
          refusedStatus = ws.status;
          ws.close();
          break;
        }
        assertThat(ws.readText()).startsWith("0{");
        sessions.add(ws);
      }
      RawHttp.Answer pollingPastTheCap;
      try (RawHttp http = new RawHttp(port)) {
        pollingPastTheCap = http.exchange("GET", POLLING);
      }

      assertThat(sessions).hasSize(maxSessions);
      assertThat(refusedStatus).isEqualTo(503);
      assertThat(pollingPastTheCap.status()).isEqualTo(503);
      assertThat(new String(pollingPastTheCap.body(), StandardCharsets.UTF_8))
          .isEqualTo("{\"code\":3,\"message\":\"Server at capacity\"}");

      // more idle sockets than the child has descriptors: those past the cap wait in the backlog
      for (int i = 0; i < 2 * DESCRIPTOR_LIMIT; i++) {
        Socket idle = new Socket();
        idle.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        flood.add(idle);
      }
      Thread.sleep(1000);
      for (Socket idle : flood) {
        idle.close();
      }
      for (RawWebSocket ws : sessions) {
        ws.sendFrame(RawWebSocket.CLOSE, true, new byte[] {0x03, (byte) 0xe8});
        ws.close();
      }

      assertThat(awaitHandshake(port))
          .as("a polling handshake once the flood is gone")
          .isEqualTo(200);
      String metrics;
      try (RawHttp http = new RawHttp(port)) {
        metrics =
            new String(http.exchange("GET", "/observe/metrics").body(), StandardCharsets.UTF_8);
      }
      assertThat(metrics).containsPattern("parley_socketio_refused_at_capacity_total [2-9]");
      String output = Files.readString(log);
      assertThat(output).doesNotContain("terminating");
      assertThat(output.lines().filter(l -> l.contains("refusing new Engine.IO sessions")))
          .as("one line for the burst")
          .hasSize(1);
    } finally {
      for (Socket idle : flood) {
        idle.close();
      }
      for (RawWebSocket ws : sessions) {
        ws.close();
      }
      parley.destroy();
      if (!parley.waitFor(10, TimeUnit.SECONDS)) {
        parley.destroyForcibly();
      }
      Files.deleteIfExists(log);
    }
  }

  private static Process startWithDescriptorLimit(Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            "bash",
            "-c",
            "ulimit -n " + DESCRIPTOR_LIMIT + " && exec \"$0\" -cp \"$1\" " + Main.class.getName(),
            java,
            System.getProperty("java.class.path"));
    builder.environment().put("PORT", "0");
    builder.environment().put("DEV_MODE", "true");
    builder.environment().remove("MAX_CONNECTIONS");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    return builder.start();
  }

  private static int awaitPort(Process parley, Path log) throws Exception {
    for (int i = 0; i < 600; i++) {
      Matcher port = PORT.matcher(Files.readString(log));
      if (port.find()) {
        return Integer.parseInt(port.group(1));
      }
      if (!parley.isAlive()) {
        break;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Parley did not start:\n" + Files.readString(log));
  }

  /** The status of a polling handshake, retried for a while as the server frees the flood. */
  private static int awaitHandshake(int port) throws InterruptedException {
    int status = 0;
    for (int attempt = 0; attempt < 50 && status != 200; attempt++) {
      try (RawHttp http = new RawHttp(port)) {
        status = http.exchange("GET", POLLING).status();
      } catch (RuntimeException notYet) {
        status = -1;
      }
      if (status != 200) {
        Thread.sleep(200);
      }
    }
    return status;
  }
}
