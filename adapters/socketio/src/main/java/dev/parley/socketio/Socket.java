package dev.parley.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.socketio.Handlers.AnyEventHandler;
import dev.parley.socketio.Handlers.DisconnectHandler;
import dev.parley.socketio.Handlers.EventHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One client connected to one namespace. Its handlers run in arrival order on its own serial queue,
 * never on the connection's read thread. Thread-safe.
 */
public final class Socket {
  private static final System.Logger LOG = System.getLogger(Socket.class.getName());
  private static final Set<String> RESERVED_EVENTS =
      Set.of(
          "connect",
          "connect_error",
          "disconnect",
          "disconnecting",
          "newListener",
          "removeListener");

  private final String id;
  private final Optional<String> pid;
  private final Namespace namespace;
  private final Connection connection;
  private final Handshake handshake;
  private final boolean recovered;
  private final ConcurrentMap<String, Object> data = new ConcurrentHashMap<>();
  private final Map<String, List<EventHandler>> handlers = new ConcurrentHashMap<>();
  private final List<AnyEventHandler> anyHandlers = new CopyOnWriteArrayList<>();
  private final List<DisconnectHandler> disconnectHandlers = new CopyOnWriteArrayList<>();
  private final Map<Long, PendingAck> pendingAcks = new ConcurrentHashMap<>();
  private final AtomicBoolean connected = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  final SerialQueue queue;

  private record PendingAck(CompletableFuture<List<JsonNode>> result, ScheduledFuture<?> timer) {}

  Socket(
      Namespace namespace,
      Connection connection,
      String id,
      Optional<String> pid,
      Handshake handshake,
      boolean recovered) {
    this.namespace = namespace;
    this.connection = connection;
    this.id = id;
    this.pid = pid;
    this.handshake = handshake;
    this.recovered = recovered;
    this.queue = new SerialQueue("socket.io " + namespace.name() + " " + id, true);
  }

  public String id() {
    return id;
  }

  public Handshake handshake() {
    return handshake;
  }

  /** Application data carried by the socket (restored with it by connection state recovery). */
  public ConcurrentMap<String, Object> data() {
    return data;
  }

  /** Whether connection state recovery restored this socket (same id, rooms and data). */
  public boolean recovered() {
    return recovered;
  }

  public boolean connected() {
    return connected.get();
  }

  public Namespace namespace() {
    return namespace;
  }

  /** The Engine.IO transport in use: "polling" or "websocket". */
  public String transport() {
    return connection.engine().transport();
  }

  public Socket on(String event, EventHandler handler) {
    handlers.computeIfAbsent(event, e -> new CopyOnWriteArrayList<>()).add(handler);
    return this;
  }

  public Socket onAny(AnyEventHandler handler) {
    anyHandlers.add(handler);
    return this;
  }

  public Socket onDisconnect(DisconnectHandler handler) {
    disconnectHandlers.add(handler);
    return this;
  }

  /**
   * Sends an event to this client. Arguments: JsonNode, byte[] (a binary attachment), or anything
   * Jackson binds (records, maps, lists, strings, numbers).
   */
  public void emit(String event, Object... args) {
    requireNotReserved(event);
    SocketIoPacket packet =
        SocketIoPacket.event(namespace.name(), Json.eventData(event, Arrays.asList(args)));
    if (namespace.server().options().recovery().enabled()) {
      // through the adapter, so the packet gets an offset and is kept for replay (as Node does);
      // local: the socket is on this node, other nodes have nothing to deliver
      namespace
          .adapter()
          .broadcast(
              packet,
              new BroadcastOptions(Set.of(id), Set.of(), new BroadcastOptions.Flags(false, true)));
    } else {
      send(packet, false);
    }
  }

  /** Sends an event that may be dropped if the client cannot take it now. */
  public void emitVolatile(String event, Object... args) {
    requireNotReserved(event);
    send(SocketIoPacket.event(namespace.name(), Json.eventData(event, Arrays.asList(args))), true);
  }

  /** Sends an event and waits for the client's acknowledgement, with the default ack timeout. */
  public CompletableFuture<List<JsonNode>> emitWithAck(String event, Object... args) {
    return emitWithAck(namespace.server().options().ackTimeout(), event, args);
  }

  /**
   * Sends an event that asks for an acknowledgement. The future completes with the ack's arguments
   * (off the read thread), or fails with {@link TimeoutException} after the timeout or {@link
   * IllegalStateException} if the socket disconnects first; the pending ack is then forgotten.
   */
  public CompletableFuture<List<JsonNode>> emitWithAck(
      Duration timeout, String event, Object... args) {
    requireNotReserved(event);
    CompletableFuture<List<JsonNode>> result = new CompletableFuture<>();
    if (!connected()) {
      result.completeExceptionally(new IllegalStateException("socket " + id + " is disconnected"));
      return result;
    }
    long ackId = namespace.nextAckId();
    ScheduledFuture<?> timer =
        namespace
            .server()
            .timers()
            .schedule(
                () -> {
                  PendingAck expired = pendingAcks.remove(ackId);
                  if (expired != null) {
                    Thread.ofVirtual()
                        .start(
                            () ->
                                expired
                                    .result()
                                    .completeExceptionally(
                                        new TimeoutException("operation has timed out")));
                  }
                },
                timeout.toMillis(),
                TimeUnit.MILLISECONDS);
    pendingAcks.put(ackId, new PendingAck(result, timer));
    send(
        SocketIoPacket.event(namespace.name(), ackId, Json.eventData(event, Arrays.asList(args))),
        false);
    return result;
  }

  /** Joins rooms; also from a middleware. Ignored once the socket has left its namespace. */
  public void join(String... rooms) {
    if (!closed.get()) {
      namespace.adapter().addAll(id, Set.of(rooms));
    }
  }

  public void leave(String room) {
    namespace.adapter().del(id, room);
  }

  public Set<String> rooms() {
    return namespace.adapter().socketRooms(id);
  }

  /** Broadcast to these rooms, leaving this socket out. */
  public BroadcastOperator to(String... rooms) {
    return new BroadcastOperator(namespace, Set.of(rooms), Set.of(id), BroadcastOptions.Flags.NONE);
  }

  /** Broadcast to every socket of the namespace except those in these rooms and this socket. */
  public BroadcastOperator except(String... rooms) {
    return new BroadcastOperator(namespace, Set.of(), Set.of(id), BroadcastOptions.Flags.NONE)
        .except(rooms);
  }

  /**
   * Leaves the namespace: sends DISCONNECT to the client (reason "io server disconnect", no
   * automatic reconnection). With {@code closeConnection}, every namespace of the connection is
   * left and the Engine.IO connection is closed.
   */
  public void disconnect(boolean closeConnection) {
    if (!connected()) {
      return;
    }
    if (closeConnection) {
      connection.disconnectAll();
    } else {
      send(SocketIoPacket.disconnect(namespace.name()), false);
      onClose(DisconnectReason.SERVER_NAMESPACE_DISCONNECT);
    }
  }

  static void requireNotReserved(String event) {
    if (RESERVED_EVENTS.contains(event)) {
      throw new IllegalArgumentException('"' + event + "\" is a reserved event name");
    }
  }

  boolean send(SocketIoPacket packet, boolean droppable) {
    return connection.send(namespace.server().encoder().encode(packet), droppable);
  }

  Connection connection() {
    return connection;
  }

  SocketSnapshot snapshot() {
    return new SocketSnapshot(id, handshake, rooms(), data);
  }

  /** Joins its own room, replies CONNECT and starts its handlers. Called once. */
  void connect(List<Handlers.ConnectionHandler> connectionHandlers) {
    connected.set(true);
    namespace.adapter().addAll(id, Set.of(id));
    for (Handlers.ConnectionHandler handler : connectionHandlers) {
      queue.submit(() -> run("connection", () -> handler.onConnection(this)));
    }
    connection.attach(namespace.name(), this);
    ObjectNode reply = Json.object().put("sid", id);
    pid.ifPresent(p -> reply.put("pid", p));
    send(SocketIoPacket.connect(namespace.name(), reply), false);
    queue.release();
  }

  /** A packet for this socket, on the read thread. */
  void onPacket(SocketIoPacket packet) {
    switch (packet.type()) {
      case EVENT -> {
        if (packet.data() instanceof ArrayNode data) {
          queue.submit(() -> dispatch(data, packet.ackId()));
        }
      }
      case ACK -> onAck(packet);
      case DISCONNECT -> onClose(DisconnectReason.CLIENT_NAMESPACE_DISCONNECT);
      default -> {}
    }
  }

  private void dispatch(ArrayNode data, Optional<AckId> ackId) {
    String event = data.get(0).asText();
    List<JsonNode> args = new ArrayList<>(data.size() - 1);
    for (int i = 1; i < data.size(); i++) {
      args.add(data.get(i));
    }
    List<JsonNode> readOnlyArgs = List.copyOf(args);
    Ack ack = ackId.<Ack>map(ClientAck::new).orElse(NoAck.INSTANCE);
    for (AnyEventHandler handler : anyHandlers) {
      run(event, () -> handler.onEvent(this, event, readOnlyArgs, ack));
    }
    for (EventHandler handler : handlers.getOrDefault(event, List.of())) {
      run(event, () -> handler.onEvent(this, readOnlyArgs, ack));
    }
  }

  private void onAck(SocketIoPacket packet) {
    OptionalLong id = packet.ackId().map(AckId::asLong).orElse(OptionalLong.empty());
    PendingAck pending = id.isPresent() ? pendingAcks.remove(id.getAsLong()) : null;
    if (pending == null) {
      return;
    }
    pending.timer().cancel(false);
    List<JsonNode> args = new ArrayList<>();
    packet.data().forEach(args::add);
    List<JsonNode> readOnlyArgs = List.copyOf(args);
    Thread.ofVirtual().start(() -> pending.result().complete(readOnlyArgs));
  }

  /** Leaves the namespace; the disconnect handlers run after the events already queued. */
  void onClose(DisconnectReason reason) {
    if (!connected.get() || !closed.compareAndSet(false, true)) {
      return;
    }
    ConnectionStateRecovery recovery = namespace.server().options().recovery();
    if (recovery.enabled() && reason.recoverable() && pid.isPresent()) {
      namespace.adapter().persistSession(new PersistedSession(id, pid.get(), rooms(), data));
    }
    namespace.adapter().delAll(id);
    namespace.remove(this);
    connection.detach(namespace.name(), this);
    connected.set(false);
    for (Map.Entry<Long, PendingAck> entry : pendingAcks.entrySet()) {
      if (pendingAcks.remove(entry.getKey()) != null) {
        entry.getValue().timer().cancel(false);
        Thread.ofVirtual()
            .start(
                () ->
                    entry
                        .getValue()
                        .result()
                        .completeExceptionally(
                            new IllegalStateException("socket disconnected: " + reason)));
      }
    }
    // handlers are read when the task runs: a connection handler still queued may add some
    queue.submit(
        () -> {
          for (DisconnectHandler handler : disconnectHandlers) {
            run("disconnect", () -> handler.onDisconnect(this, reason));
          }
        });
  }

  @FunctionalInterface
  private interface HandlerCall {
    void call() throws Exception;
  }

  private void run(String what, HandlerCall call) {
    try {
      call.call();
    } catch (Exception e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "handler for '" + what + "' failed on socket " + id + " of " + namespace.name(),
          e);
    }
  }

  private enum NoAck implements Ack {
    INSTANCE;

    @Override
    public boolean requested() {
      return false;
    }

    @Override
    public void send(Object... args) {}
  }

  private final class ClientAck implements Ack {
    private final AckId ackId;
    private final AtomicBoolean sent = new AtomicBoolean();

    ClientAck(AckId ackId) {
      this.ackId = ackId;
    }

    @Override
    public boolean requested() {
      return true;
    }

    @Override
    public void send(Object... args) {
      if (sent.compareAndSet(false, true)) {
        ArrayNode data = Json.array();
        for (Object arg : args) {
          data.add(Json.toNode(arg));
        }
        Socket.this.send(SocketIoPacket.ack(namespace.name(), ackId, data), false);
      }
    }
  }

  @Override
  public String toString() {
    return "Socket[" + namespace.name() + " " + id + "]";
  }
}
