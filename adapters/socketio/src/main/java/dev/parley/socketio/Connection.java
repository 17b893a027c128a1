package dev.parley.socketio;

import dev.parley.socketio.engine.EngineMessage;
import dev.parley.socketio.engine.EngineSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One Engine.IO connection seen by the Socket.IO layer (Node's {@code Client}): decodes in arrival
 * order on the read thread, multiplexes namespaces, and closes on protocol and state errors.
 */
final class Connection {
  private static final System.Logger LOG = System.getLogger(Connection.class.getName());

  private final SocketIoServer server;
  private final EngineSocket engine;
  private final SocketIoDecoder decoder = new SocketIoDecoder();
  private final Map<String, Socket> socketsByNamespace = new ConcurrentHashMap<>();
  private final Set<String> connecting = ConcurrentHashMap.newKeySet();
  private final SerialQueue connectQueue;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final ScheduledFuture<?> connectTimeout;

  Connection(SocketIoServer server, EngineSocket engine) {
    this.server = server;
    this.engine = engine;
    this.connectQueue = new SerialQueue("socket.io connect " + engine.id(), false);
    this.connectTimeout =
        server
            .timers()
            .schedule(
                this::closeIfNoNamespace,
                server.options().connectTimeout().toMillis(),
                TimeUnit.MILLISECONDS);
  }

  EngineSocket engine() {
    return engine;
  }

  boolean isOpen() {
    return !closed.get() && engine.isOpen();
  }

  /** Engine message, on the read thread. */
  void onMessage(EngineMessage message) {
    if (closed.get()) {
      return;
    }
    Optional<SocketIoPacket> decoded;
    try {
      decoded =
          switch (message) {
            case EngineMessage.Text text -> decoder.add(text.data());
            case EngineMessage.Binary binary -> decoder.add(binary.data());
          };
    } catch (SocketIoParseException e) {
      LOG.log(System.Logger.Level.DEBUG, () -> "closing " + engine.id() + ": " + e.getMessage());
      close(DisconnectReason.FORCED_CLOSE);
      return;
    }
    decoded.ifPresent(this::onPacket);
  }

  private void onPacket(SocketIoPacket packet) {
    String namespace = packet.namespace();
    Socket socket = socketsByNamespace.get(namespace);
    if (socket == null && packet.type() == PacketType.CONNECT) {
      if (!connecting.add(namespace)) {
        close(DisconnectReason.FORCED_SERVER_CLOSE);
        return;
      }
      connectQueue.submit(() -> connect(namespace, packet));
    } else if (socket != null
        && packet.type() != PacketType.CONNECT
        && packet.type() != PacketType.CONNECT_ERROR) {
      socket.onPacket(packet);
    } else {
      LOG.log(
          System.Logger.Level.DEBUG,
          () -> "closing " + engine.id() + ": invalid state for packet " + packet.type());
      close(DisconnectReason.FORCED_SERVER_CLOSE);
    }
  }

  private void connect(String namespaceName, SocketIoPacket packet) {
    try {
      Optional<Namespace> namespace = server.namespace(namespaceName);
      if (namespace.isEmpty()) {
        send(
            server
                .encoder()
                .encode(
                    SocketIoPacket.connectError(
                        namespaceName, Json.object().put("message", "Invalid namespace"))),
            false);
        return;
      }
      namespace.get().add(this, packet.data());
    } finally {
      connecting.remove(namespaceName);
    }
  }

  void attach(String namespace, Socket socket) {
    socketsByNamespace.put(namespace, socket);
    connectTimeout.cancel(false);
  }

  void detach(String namespace, Socket socket) {
    socketsByNamespace.remove(namespace, socket);
  }

  boolean send(EncodedPacket packet, boolean droppable) {
    return sendMessages(messages(packet), droppable);
  }

  boolean sendMessages(List<EngineMessage> messages, boolean droppable) {
    return !closed.get() && engine.send(messages, droppable);
  }

  static List<EngineMessage> messages(EncodedPacket packet) {
    if (packet.attachments().isEmpty()) {
      return List.of(new EngineMessage.Text(packet.text()));
    }
    List<EngineMessage> messages = new ArrayList<>(1 + packet.attachments().size());
    messages.add(new EngineMessage.Text(packet.text()));
    for (byte[] attachment : packet.attachments()) {
      messages.add(new EngineMessage.Binary(attachment));
    }
    return List.copyOf(messages);
  }

  /** Server-side disconnect of every namespace, then the connection closes. */
  void disconnectAll() {
    for (Socket socket : List.copyOf(socketsByNamespace.values())) {
      socket.disconnect(false);
    }
    close(DisconnectReason.FORCED_SERVER_CLOSE);
  }

  private void closeIfNoNamespace() {
    if (socketsByNamespace.isEmpty() && connecting.isEmpty()) {
      LOG.log(
          System.Logger.Level.DEBUG, () -> "no namespace joined in time, closing " + engine.id());
      close(DisconnectReason.FORCED_SERVER_CLOSE);
    }
  }

  /** Closes the Engine.IO connection (if still open) and every socket, once. */
  void close(DisconnectReason reason) {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    connectTimeout.cancel(false);
    server.forget(this);
    if (engine.isOpen()) {
      engine.close();
    }
    for (Socket socket : List.copyOf(socketsByNamespace.values())) {
      socket.onClose(reason);
    }
  }

  /** The engine closed by itself. */
  void onEngineClose(String reason) {
    close(DisconnectReason.fromEngine(reason));
  }
}
