package dev.parley.app;

import dev.parley.http.HeaderReadTimeout;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http1.Http1Config;
import java.time.Duration;

/**
 * The listener's limits on what clients hold (issue 17, points 1 and 5). Helidon 4.5 stops its
 * listener for good when an accept fails ("this server socket is terminating now"), and running out
 * of descriptors is such a failure; so the listener accepts at most {@code MAX_CONNECTIONS}, below
 * the process's descriptor limit, and takes the next one when one closes.
 */
final class ConnectionLimits {
  /**
   * A connection that sends nothing for this long is closed: one that never sends a request, or
   * trickles its request line. Longer than Engine.IO's heartbeat (25 s + 20 s), whose pongs keep a
   * WebSocket busy, and than a long-poll, which ends at the next ping.
   */
  static final Duration IDLE_CONNECTION_TIMEOUT = Duration.ofMinutes(1);

  static final Duration IDLE_CONNECTION_CHECK = Duration.ofSeconds(10);

  private ConnectionLimits() {}

  static void apply(
      WebServerConfig.Builder server,
      Configuration.Connections connections,
      HeaderReadTimeout headerReadTimeout) {
    server
        .maxTcpConnections(connections.maxConnections())
        .idleConnectionTimeout(IDLE_CONNECTION_TIMEOUT)
        .idleConnectionPeriod(IDLE_CONNECTION_CHECK)
        .addProtocol(Http1Config.builder().addReceiveListener(headerReadTimeout).build());
  }
}
