package dev.parley.socketio.engine;

import io.helidon.common.uri.UriQuery;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.Headers;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
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

  /** What a client refused for capacity is told to wait: a guess, as sessions end at any time. */
  private static final long CAPACITY_RETRY_SECONDS = 5;

  private final EngineOptions options;
  private final EngineListener listener;
  private final ScheduledThreadPoolExecutor scheduler;
  private final Map<String, EngineSession> sessions = new ConcurrentHashMap<>();
  private final PollingHandler polling;
  private final HandshakeBuckets handshakes;
  private final RefusalBursts atCapacity = new RefusalBursts(System::nanoTime);
  private final RefusalBursts tooManyHandshakes = new RefusalBursts(System::nanoTime);
  private volatile boolean accepting = true;

  /** A new session refused before it exists; {@code retryAfterSeconds} 0 gives no hint. */
  record Refusal(EngineError error, long retryAfterSeconds) {}

  public EngineServer(EngineOptions options, EngineListener listener) {
    this.options = options;
    this.listener = listener;
    // one shared timer thread; the timed work itself runs on virtual threads
    this.scheduler =
        new ScheduledThreadPoolExecutor(
            1, Thread.ofPlatform().daemon().name("engine-timers").factory());
    this.scheduler.setRemoveOnCancelPolicy(true);
    this.polling = new PollingHandler(this);
    this.handshakes =
        new HandshakeBuckets(options.sessionLimits().handshakesPerIpPerMinute(), System::nanoTime);
    scheduler.scheduleAtFixedRate(handshakes::forgetFull, 1, 1, TimeUnit.MINUTES);
  }

  /**
   * Mounts long-polling (GET, POST, OPTIONS) on the path, and a filter that refuses WebSocket
   * upgrades for new sessions past the {@link SessionLimits} with an HTTP answer (503, 429), before
   * Helidon's upgrade; other routes stay untouched.
   */
  public void register(HttpRouting.Builder http) {
    http.addFilter(
        (chain, req, res) -> {
          if (isNewWebSocketSession(req)) {
            Refusal refusal = admit(req.remotePeer().address(), req.headers());
            if (refusal != null) {
              PollingHandler.sendRefusal(res, refusal);
              return;
            }
          }
          chain.proceed();
        });
    http.any(options.path(), polling::handle);
  }

  /** Engine.IO sessions refused because {@link SessionLimits#maxSessions()} were open. */
  public long refusedAtCapacity() {
    return atCapacity.count();
  }

  /** Engine.IO handshakes refused by their address's handshake rate. */
  public long refusedHandshakes() {
    return tooManyHandshakes.count();
  }

  /** Mounts the WebSocket endpoint on the path. */
  public void register(WsRouting.Builder ws) {
    ws.endpoint(options.path(), () -> new WebSocketConnection(this));
  }

  /**
   * The WebSocket protocol settings: frame limit and the allowed origins (see OriginPolicy). A
   * message over maxPayload is refused by the listener, with Node's close (1009, no reason);
   * Helidon's own frame check, whose close says "Payload too large" before the payload is read,
   * only stops frames past twice that, so that no connection makes the server buffer more.
   */
  public WsConfig webSocketProtocol() {
    return WsConfig.builder()
        .maxFrameLength((int) Math.min(Integer.MAX_VALUE, 2L * options.maxPayload()))
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

  /**
   * Whether a new session may open for the client at {@code peer}; null when it may, else why not.
   * Capacity comes first: a refusal for it spends none of the client's handshakes.
   */
  Refusal admit(SocketAddress peer, Headers headers) {
    if (!accepting) {
      return new Refusal(EngineError.SHUTTING_DOWN, 0);
    }
    SessionLimits limits = options.sessionLimits();
    if (sessions.size() >= limits.maxSessions()) {
      atCapacity.refused(
          () ->
              "refusing new Engine.IO sessions on "
                  + options.path()
                  + ": "
                  + limits.maxSessions()
                  + " are open (the cap); counted in refusedAtCapacity");
      return new Refusal(EngineError.AT_CAPACITY, CAPACITY_RETRY_SECONDS);
    }
    String client =
        limits.clientAddresses().of(addressOf(peer), headers.first(HeaderNames.X_FORWARDED_FOR));
    long wait = handshakes.take(client);
    if (wait > 0) {
      tooManyHandshakes.refused(
          () ->
              "refusing Engine.IO handshakes from "
                  + client
                  + ": over "
                  + limits.handshakesPerIpPerMinute()
                  + " a minute");
      return new Refusal(
          EngineError.TOO_MANY_HANDSHAKES, Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait) + 1));
    }
    return null;
  }

  /** An upgrade that would open a session: no sid, the WebSocket transport, EIO 4. */
  private boolean isNewWebSocketSession(ServerRequest req) {
    return options.path().equals(req.path().rawPath())
        && req.headers()
            .first(HeaderNames.UPGRADE)
            .map(upgrade -> upgrade.equalsIgnoreCase("websocket"))
            .orElse(false)
        && req.query().first("sid").isEmpty()
        && EngineOptions.WEBSOCKET.equals(req.query().first("transport").orElse(null))
        && "4".equals(req.query().first("EIO").orElse(null));
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
