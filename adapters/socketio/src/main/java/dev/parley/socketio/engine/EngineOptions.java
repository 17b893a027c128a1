package dev.parley.socketio.engine;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Engine.IO server settings; {@link #defaults()} are the Node server's.
 *
 * @param path the mount path; a trailing slash is added when missing ("/socket.io/")
 * @param pingInterval how often the server pings
 * @param pingTimeout how long the client has to answer a ping
 * @param upgradeTimeout how long an upgrade from polling to WebSocket may take
 * @param maxPayload the largest accepted message or polling body, in bytes
 * @param allowedOrigins which browser origins may connect; the page's own by default
 * @param transports the enabled transports, "polling" and/or "websocket"
 * @param maxBufferedBytes the outbound byte budget per session: past half of it volatile packets
 *     are dropped, past all of it the session is closed (a client that does not read)
 * @param sessionLimits which new sessions are taken (capacity, handshakes per IP)
 */
public record EngineOptions(
    String path,
    Duration pingInterval,
    Duration pingTimeout,
    Duration upgradeTimeout,
    int maxPayload,
    OriginPolicy allowedOrigins,
    List<String> transports,
    long maxBufferedBytes,
    SessionLimits sessionLimits) {

  public static final String POLLING = "polling";
  public static final String WEBSOCKET = "websocket";

  public EngineOptions {
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/': " + path);
    }
    if (!path.endsWith("/")) {
      // as Node: "/engine.io" serves "/engine.io/"
      path = path + "/";
    }
    requirePositive("pingInterval", pingInterval);
    requirePositive("pingTimeout", pingTimeout);
    requirePositive("upgradeTimeout", upgradeTimeout);
    if (maxPayload <= 0) {
      throw new IllegalArgumentException("maxPayload must be positive: " + maxPayload);
    }
    if (maxBufferedBytes <= 0) {
      throw new IllegalArgumentException("maxBufferedBytes must be positive: " + maxBufferedBytes);
    }
    Objects.requireNonNull(sessionLimits, "sessionLimits");
    Objects.requireNonNull(allowedOrigins, "allowedOrigins");
    transports = List.copyOf(transports);
    if (transports.isEmpty()
        || !transports.stream().allMatch(t -> t.equals(POLLING) || t.equals(WEBSOCKET))) {
      throw new IllegalArgumentException(
          "transports must be a non-empty subset of [polling, websocket]: " + transports);
    }
  }

  /**
   * Node's defaults, the page's own origin only, an outbound budget of 4 MiB per session (four
   * messages of maxPayload) and no session limits.
   */
  public static EngineOptions defaults() {
    return new EngineOptions(
        "/socket.io/",
        Duration.ofMillis(25_000),
        Duration.ofMillis(20_000),
        Duration.ofMillis(10_000),
        1_000_000,
        OriginPolicy.sameOrigin(),
        List.of(POLLING, WEBSOCKET),
        4L << 20,
        SessionLimits.none());
  }

  public EngineOptions withPath(String newPath) {
    return new EngineOptions(
        newPath,
        pingInterval,
        pingTimeout,
        upgradeTimeout,
        maxPayload,
        allowedOrigins,
        transports,
        maxBufferedBytes,
        sessionLimits);
  }

  public EngineOptions withPingInterval(Duration value) {
    return new EngineOptions(
        path,
        value,
        pingTimeout,
        upgradeTimeout,
        maxPayload,
        allowedOrigins,
        transports,
        maxBufferedBytes,
        sessionLimits);
  }

  public EngineOptions withPingTimeout(Duration value) {
    return new EngineOptions(
        path,
        pingInterval,
        value,
        upgradeTimeout,
        maxPayload,
        allowedOrigins,
        transports,
        maxBufferedBytes,
        sessionLimits);
  }

  public EngineOptions withUpgradeTimeout(Duration value) {
    return new EngineOptions(
        path,
        pingInterval,
        pingTimeout,
        value,
        maxPayload,
        allowedOrigins,
        transports,
        maxBufferedBytes,
        sessionLimits);
  }

  public EngineOptions withMaxPayload(int value) {
    return new EngineOptions(
        path,
        pingInterval,
        pingTimeout,
        upgradeTimeout,
        value,
        allowedOrigins,
        transports,
        maxBufferedBytes,
        sessionLimits);
  }

  public EngineOptions withAllowedOrigins(OriginPolicy value) {
    return new EngineOptions(
        path,
        pingInterval,
        pingTimeout,
        upgradeTimeout,
        maxPayload,
        value,
        transports,
        maxBufferedBytes,
        sessionLimits);
  }

  public EngineOptions withTransports(List<String> value) {
    return new EngineOptions(
        path,
        pingInterval,
        pingTimeout,
        upgradeTimeout,
        maxPayload,
        allowedOrigins,
        value,
        maxBufferedBytes,
        sessionLimits);
  }

  public EngineOptions withMaxBufferedBytes(long value) {
    return new EngineOptions(
        path,
        pingInterval,
        pingTimeout,
        upgradeTimeout,
        maxPayload,
        allowedOrigins,
        transports,
        value,
        sessionLimits);
  }

  public EngineOptions withSessionLimits(SessionLimits value) {
    return new EngineOptions(
        path,
        pingInterval,
        pingTimeout,
        upgradeTimeout,
        maxPayload,
        allowedOrigins,
        transports,
        maxBufferedBytes,
        value);
  }

  /** Past this many queued bytes volatile packets are dropped. */
  public long volatileBufferLimit() {
    return maxBufferedBytes / 2;
  }

  private static void requirePositive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }
}
