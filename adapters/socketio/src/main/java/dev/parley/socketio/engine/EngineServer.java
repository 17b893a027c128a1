package dev.parley.socketio.engine;

import io.helidon.common.uri.UriQuery;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.websocket.WsConfig;
import io.helidon.webserver.websocket.WsRouting;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * An Engine.IO v4 server on Helidon WebServer: long-polling and WebSocket on {@link
 * EngineOptions#path()}, as the Node reference server behaves. Mount it with both {@code register}
 * methods and add {@link #webSocketProtocol()} to the WebServer.
 */
public final class EngineServer implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(EngineServer.class.getName());
  private static final long SHUTDOWN_FLUSH_MILLIS = 1000;

  private final EngineOptions options;
  private final EngineListener listener;
  private final ScheduledThreadPoolExecutor scheduler;
  private final Map<String, EngineSession> sessions = new ConcurrentHashMap<>();
  private final PollingHandler polling;
  private volatile boolean accepting = true;

  public EngineServer(EngineOptions options, EngineListener listener) {
    this.options = options;
    this.listener = listener;
    // one shared timer thread; the timed work itself runs on virtual threads
    this.scheduler =
        new ScheduledThreadPoolExecutor(
            1, Thread.ofPlatform().daemon().name("engine-timers").factory());
    this.scheduler.setRemoveOnCancelPolicy(true);
    this.polling = new PollingHandler(this);
  }

  /** Mounts long-polling (GET, POST, OPTIONS) on the path; other routes stay untouched. */
  public void register(HttpRouting.Builder http) {
    http.any(options.path(), polling::handle);
  }

  /** Mounts the WebSocket endpoint on the path. */
  public void register(WsRouting.Builder ws) {
    ws.endpoint(options.path(), () -> new WebSocketConnection(this));
  }

  /** The WebSocket protocol settings: frame limit and the allowed origins (see OriginPolicy). */
  public WsConfig webSocketProtocol() {
    return WsConfig.builder()
        .maxFrameLength(options.maxPayload())
        .origins(options.allowedOrigins().allowList())
        .build();
  }

  /** New sessions are refused from now on (503); open ones carry on until {@link #close}. */
  public void stopAccepting() {
    accepting = false;
  }

  public int openSessions() {
    return sessions.size();
  }

  /** Closes every session with "server shutting down", flushing what is queued for a moment. */
  @Override
  public void close() {
    accepting = false;
    List<EngineSession> open = new ArrayList<>(sessions.values());
    for (EngineSession session : open) {
      session.closeGracefully("server shutting down");
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SHUTDOWN_FLUSH_MILLIS);
    while (!sessions.isEmpty() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    for (EngineSession session : new ArrayList<>(sessions.values())) {
      session.closeNow("server shutting down", null);
    }
    scheduler.shutdownNow();
  }

  // ---- used by the transports ----

  EngineOptions options() {
    return options;
  }

  EngineSession find(String sid) {
    return sessions.get(sid);
  }

  /**
   * Creates, registers and opens a session; {@code webSocket} is its transport, or null for
   * polling. Returns null once the server stopped accepting.
   */
  EngineSession openSession(EngineHandshake handshake, WebSocketConnection webSocket) {
    if (!accepting) {
      return null;
    }
    String sid = SessionIds.next();
    EngineSession session =
        new EngineSession(
            sid, handshake, options, listener, scheduler, s -> sessions.remove(s.id(), s));
    sessions.put(sid, session);
    session.open(openJson(sid, webSocket == null), webSocket);
    if (webSocket != null) {
      webSocket.startWriter(session);
    }
    try {
      listener.onOpen(session);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "EngineListener.onOpen failed for " + sid, e);
      session.closeNow("transport error", null);
    }
    return session;
  }

  /** Checks a WebSocket upgrade request; null when it may proceed, else the refusal. */
  EngineError checkWebSocketRequest(UriQuery query, Headers headers) {
    String transport = query.first("transport").orElse(null);
    if (transport == null || !options.transports().contains(transport)) {
      return EngineError.UNKNOWN_TRANSPORT;
    }
    if (!EngineOptions.WEBSOCKET.equals(transport)) {
      return EngineError.BAD_REQUEST;
    }
    if (!options
        .allowedOrigins()
        .allows(
            headers.first(HeaderNames.ORIGIN).orElse(null),
            headers.first(HeaderNames.HOST).orElse(null))) {
      return EngineError.FORBIDDEN;
    }
    String sid = query.first("sid").orElse(null);
    if (sid != null) {
      return sessions.containsKey(sid) ? null : EngineError.UNKNOWN_SID;
    }
    if (!"4".equals(query.first("EIO").orElse(null))) {
      return EngineError.UNSUPPORTED_PROTOCOL_VERSION;
    }
    return accepting ? null : EngineError.SHUTTING_DOWN;
  }

  private String openJson(String sid, boolean polling) {
    boolean canUpgrade = polling && options.transports().contains(EngineOptions.WEBSOCKET);
    return "{\"sid\":\""
        + sid
        + "\",\"upgrades\":"
        + (canUpgrade ? "[\"websocket\"]" : "[]")
        + ",\"pingInterval\":"
        + options.pingInterval().toMillis()
        + ",\"pingTimeout\":"
        + options.pingTimeout().toMillis()
        + ",\"maxPayload\":"
        + options.maxPayload()
        + "}";
  }

  /** The IP address of a peer, or "" when unknown. */
  static String addressOf(SocketAddress remote) {
    if (remote instanceof InetSocketAddress inet && inet.getAddress() != null) {
      return inet.getAddress().getHostAddress();
    }
    return remote == null ? "" : remote.toString();
  }

  static EngineHandshake handshakeOf(
      Headers headers, UriQuery query, SocketAddress remote, String path, boolean secure) {
    Map<String, List<String>> headerMap = new LinkedHashMap<>();
    for (Header header : headers) {
      headerMap
          .computeIfAbsent(header.name().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
          .addAll(header.allValues());
    }
    Map<String, String> queryMap = new LinkedHashMap<>();
    for (String name : query.names()) {
      queryMap.put(name, query.first(name).orElse(""));
    }
    String address = addressOf(remote);
    String raw = query.rawValue();
    String url = raw == null || raw.isEmpty() ? path : path + "?" + raw;
    return new EngineHandshake(headerMap, queryMap, address, url, secure, Instant.now());
  }
}
