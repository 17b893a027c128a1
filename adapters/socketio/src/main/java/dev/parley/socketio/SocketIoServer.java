package dev.parley.socketio;

import dev.parley.socketio.engine.EngineListener;
import dev.parley.socketio.engine.EngineMessage;
import dev.parley.socketio.engine.EngineSocket;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A Socket.IO v5 server. Create namespaces with {@link #of(String)} before clients connect to them:
 * CONNECT to any other namespace is refused with "Invalid namespace".
 *
 * <pre>{@code
 * SocketIoServer io = new SocketIoServer(SocketIoOptions.defaults());
 * io.of("/").use(socket -> Admission.allow())
 *     .onConnection(socket -> socket.on("hello", (s, args, ack) -> ack.send("hi")));
 * }</pre>
 */
public final class SocketIoServer implements AutoCloseable {
  private final SocketIoOptions options;
  private final SocketIoEncoder encoder = new SocketIoEncoder();
  private final Map<String, Namespace> namespaces = new ConcurrentHashMap<>();
  private final Map<EngineSocket, Connection> connections = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timers =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("socket.io-timers").daemon().factory());
  private final EngineListener engineListener = new EngineEvents();

  public SocketIoServer(SocketIoOptions options) {
    this.options = options;
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

  /** Disconnects every socket ("server shutting down") and closes every connection. */
  @Override
  public void close() {
    for (Connection connection : List.copyOf(connections.values())) {
      connection.close(DisconnectReason.SERVER_SHUTTING_DOWN);
    }
    namespaces.values().forEach(namespace -> namespace.adapter().close());
    timers.shutdownNow();
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
      connections.put(socket, new Connection(SocketIoServer.this, socket));
    }

    @Override
    public void onMessage(EngineSocket socket, EngineMessage message) {
      Connection connection = connections.get(socket);
      if (connection != null) {
        connection.onMessage(message);
      }
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
