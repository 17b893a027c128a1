package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.socketio.testing.RawHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Slow loris (issue 17, point 5): request headers that trickle in time out. */
class SlowClientsTest {
  private static final long HEADER_TIMEOUT_MS = 2000;

  @Test
  void a_request_whose_headers_trickle_in_is_answered_408_and_closed_in_time() throws Exception {
    try (Parley parley =
        Parley.start(
            GatewayEndToEndTest.config(
                Map.of(
                    "PORT",
                    "0",
                    "DEV_MODE",
                    "true",
                    "JWT_SECRET",
                    ConfigurationTest.SECRET,
                    "HEADER_READ_TIMEOUT_MS",
                    Long.toString(HEADER_TIMEOUT_MS))),
            TestPersonas.catalogue(),
            GatewayEndToEndTest.QUIET,
            4)) {
      try (Socket loris = new Socket("127.0.0.1", parley.port())) {
        OutputStream out = loris.getOutputStream();
        InputStream in = loris.getInputStream();
        long started = System.nanoTime();
        out.write(
            "GET /api/config HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        boolean closed = false;
        // one header line every 300 ms would take 30 s; the server must end it long before
        for (int line = 0; line < 100 && !closed; line++) {
          try {
            out.write(("X-Trickle-" + line + ": x\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
          } catch (IOException reset) {
            closed = true;
            break;
          }
          loris.setSoTimeout(300);
          try {
            int read;
            while ((read = in.read()) >= 0) {
              answer.write(read);
            }
            closed = true;
          } catch (SocketTimeoutException stillOpen) {
            // the server is still waiting
          } catch (IOException reset) {
            closed = true;
          }
        }
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(closed).as("the server closed the connection").isTrue();
        assertThat(tookMillis)
            .as("closed within the timeout and a margin")
            .isLessThan(HEADER_TIMEOUT_MS + 3000);
        assertThat(answer.toString(StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 408 ");
      }
      try (RawHttp patient = new RawHttp(parley.port())) {
        assertThat(patient.exchange("GET", "/api/config").status())
            .as("a request sent at once is served")
            .isEqualTo(200);
      }
    }
  }
}
