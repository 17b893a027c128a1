package dev.parley.socketio;

import dev.parley.socketio.engine.EngineListener;
import dev.parley.socketio.engine.EngineMessage;
import dev.parley.socketio.engine.EngineServer;
import dev.parley.socketio.engine.EngineSocket;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.websocket.WsConfig;
import io.helidon.webserver.websocket.WsRouting;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * A Socket.IO v5 server. Create namespaces with {@link #of(String)} before clients connect to them:
 * CONNECT to any other namespace is refused with "Invalid namespace".
 *
 * <pre>{@code
 * SocketIoServer io = new SocketIoServer(SocketIoOptions.defaults());
 * io.of("/").use(socket -> Admission.allow())
 *     .onConnection(socket -> socket.on("hello", (s, args, ack) -> ack.send("hi")));
 * WsRouting.Builder ws = WsRouting.builder();
 * io.register(ws);
 * WebServer.builder().port(5000).addProtocol(io.webSocketProtocol())
 *     .routing(http -> { io.register(http); http.get("/health", (req, res) -> res.send("ok")); })
 *     .addRouting(ws).build().start();
 * }</pre>
 */
public final class SocketIoServer implements AutoCloseable {
  private final SocketIoOptions options;
  private final SocketIoEncoder encoder = new SocketIoEncoder();
  private final Map<String, Namespace> namespaces = new ConcurrentHashMap<>();
  private final Map<EngineSocket, Connection> connections = new ConcurrentHashMap<>();
  private final ScheduledThreadPoolExecutor timers = newTimers();
  private final EngineListener engineListener = new EngineEvents();
  private final EngineServer engine;

  public SocketIoServer(SocketIoOptions options) {
    this.options = options;
    this.engine = new EngineServer(options.engine(), engineListener);
    warmUp();
  }

  /**
   * Loads and initialises the codec, JSON and id generator before the first client, so its CONNECT
   * is answered as fast as later ones (clients with a short ping interval notice).
   */
  private void warmUp() {
    try {
      SocketIoDecoder decoder = new SocketIoDecoder();
      decoder.add("0{\"token\":\"warm-up\"}");
      decoder.add("2/warm-up,1[\"event\",{\"a\":[1,2.5,true,null]}]");
      encoder.encode(SocketIoPacket.connect("/", Json.object().put("sid", Ids.generate())));
      encoder.encode(SocketIoPacket.event("/", Json.eventData("e", List.of(new byte[] {1}))));
      Thread.ofVirtual().start(() -> {}).join();
    } catch (SocketIoParseException e) {
      throw new IllegalStateException("the codec refuses its own warm-up packets", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Mounts long-polling on the engine path of an application's HTTP routing. */
  public void register(HttpRouting.Builder http) {
    engine.register(http);
  }

  /** Mounts the WebSocket endpoint on the engine path. */
  public void register(WsRouting.Builder ws) {
    engine.register(ws);
  }

  /** The WebSocket protocol settings to add to the WebServer (frame limit, allowed origins). */
  public WsConfig webSocketProtocol() {
    return engine.webSocketProtocol();
  }

  public SocketIoOptions options() {
    return options;
  }

  /** The namespace of this name, created on first use. */
  public Namespace of(String name) {
    String normalized = name.startsWith("/") ? name : "/" + name;
    return namespaces.computeIfAbsent(normalized, n -> new Namespace(n, this));
  }

  /** The number of open Engine.IO connections seen by this server. */
  public int connectionCount() {
    return connections.size();
  }

  /** Engine.IO sessions refused (503) because the {@code SessionLimits} cap was reached. */
  public long refusedAtCapacity() {
    return engine.refusedAtCapacity();
  }

  /** Engine.IO handshakes refused (429) by their client address's handshake rate. */
  public long refusedHandshakes() {
    return engine.refusedHandshakes();
  }

  /** New connections are refused (HTTP 503); open ones carry on. The first step of draining. */
  public void stopAccepting() {
    engine.stopAccepting();
  }

  /**
   * Closes every connection ("server shutting down"): clients see their transport close and
   * reconnect, to another node behind a load balancer. Rooms and adapters stay up, so what this
   * node still emits reaches them there.
   */
  public void disconnectAll() {
    engine.stopAccepting();
    for (Connection connection : List.copyOf(connections.values())) {
      connection.close(DisconnectReason.SERVER_SHUTTING_DOWN);
    }
  }

  /** Disconnects every socket ("server shutting down") and closes every connection. */
  @Override
  public void close() {
    disconnectAll();
    engine.close();
    namespaces.values().forEach(namespace -> namespace.adapter().close());
    timers.shutdownNow();
  }

  private static ScheduledThreadPoolExecutor newTimers() {
    ScheduledThreadPoolExecutor timers =
        new ScheduledThreadPoolExecutor(
            1, Thread.ofPlatform().name("socket.io-timers").daemon().factory());
    // connect and ack timeouts are mostly cancelled: do not keep them until they would fire
    timers.setRemoveOnCancelPolicy(true);
    return timers;
  }

  /** The Engine.IO events this server consumes. */
  EngineListener engineListener() {
    return engineListener;
  }

  Optional<Namespace> namespace(String name) {
    return Optional.ofNullable(namespaces.get(name));
  }

  SocketIoEncoder encoder() {
    return encoder;
  }

  ScheduledExecutorService timers() {
    return timers;
  }

  void forget(Connection connection) {
    connections.remove(connection.engine(), connection);
  }

  private final class EngineEvents implements EngineListener {
    @Override
    public void onOpen(EngineSocket socket) {
      connectionOf(socket);
    }

    @Override
    public void onMessage(EngineSocket socket, EngineMessage message) {
      // never lose a CONNECT that overtakes onOpen
      if (socket.isOpen()) {
        connectionOf(socket).onMessage(message);
      }
    }

    private Connection connectionOf(EngineSocket socket) {
      return connections.computeIfAbsent(socket, s -> new Connection(SocketIoServer.this, s));
    }

    @Override
    public void onClose(EngineSocket socket, String reason) {
      Connection connection = connections.get(socket);
      if (connection != null) {
        connection.onEngineClose(reason);
      }
    }
  }
}
