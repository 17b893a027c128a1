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
 * @param maxBufferedMessages the outbound soft limit per session; the hard limit is twice this
 */
public record EngineOptions(
    String path,
    Duration pingInterval,
    Duration pingTimeout,
    Duration upgradeTimeout,
    int maxPayload,
    OriginPolicy allowedOrigins,
    List<String> transports,
    int maxBufferedMessages) {

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
    if (maxBufferedMessages <= 0) {
      throw new IllegalArgumentException(
          "maxBufferedMessages must be positive: " + maxBufferedMessages);
    }
    Objects.requireNonNull(allowedOrigins, "allowedOrigins");
    transports = List.copyOf(transports);
    if (transports.isEmpty()
        || !transports.stream().allMatch(t -> t.equals(POLLING) || t.equals(WEBSOCKET))) {
      throw new IllegalArgumentException(
          "transports must be a non-empty subset of [polling, websocket]: " + transports);
    }
  }

  /**
   * Node's defaults, the page's own origin only, plus a soft outbound limit of 1024 messages per
   * session.
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
        1024);
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
        maxBufferedMessages);
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
        maxBufferedMessages);
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
        maxBufferedMessages);
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
        maxBufferedMessages);
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
        maxBufferedMessages);
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
        maxBufferedMessages);
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
        maxBufferedMessages);
  }

  public EngineOptions withMaxBufferedMessages(int value) {
    return new EngineOptions(
        path,
        pingInterval,
        pingTimeout,
        upgradeTimeout,
        maxPayload,
        allowedOrigins,
        transports,
        value);
  }

  /** The hard outbound limit: a non-droppable send beyond it closes the session. */
  public int hardBufferLimit() {
    return maxBufferedMessages * 2;
  }

  private static void requirePositive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }
}
