package dev.parley.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.socketio.Handlers.ConnectionHandler;
import dev.parley.socketio.Handlers.Middleware;
import dev.parley.socketio.Handlers.ServerSideEmitHandler;
import dev.parley.socketio.engine.EngineHandshake;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** A Socket.IO namespace: its middlewares, connection handlers, sockets and room adapter. */
public final class Namespace {
  private static final System.Logger LOG = System.getLogger(Namespace.class.getName());

  private final String name;
  private final SocketIoServer server;
  private final RoomAdapter adapter;
  private final List<Middleware> middlewares = new CopyOnWriteArrayList<>();
  private final List<ConnectionHandler> connectionHandlers = new CopyOnWriteArrayList<>();
  private final Map<String, List<ServerSideEmitHandler>> serverSideHandlers =
      new ConcurrentHashMap<>();
  private final Map<String, Socket> sockets = new ConcurrentHashMap<>();
  private final AtomicLong ackIds = new AtomicLong();

  Namespace(String name, SocketIoServer server) {
    this.name = name;
    this.server = server;
    this.adapter = server.options().adapterFactory().create(new Context());
  }

  public String name() {
    return name;
  }

  /** Runs before a socket connects, in registration order; the first refusal wins. */
  public Namespace use(Middleware middleware) {
    middlewares.add(middleware);
    return this;
  }

  public Namespace onConnection(ConnectionHandler handler) {
    connectionHandlers.add(handler);
    return this;
  }

  /** Handles an event that another server node sends with {@link #serverSideEmit}. */
  public Namespace onServerSideEmit(String event, ServerSideEmitHandler handler) {
    serverSideHandlers.computeIfAbsent(event, e -> new CopyOnWriteArrayList<>()).add(handler);
    return this;
  }

  /** Sends an event to the other server nodes of this namespace (not to clients). */
  public void serverSideEmit(String event, Object... args) {
    Socket.requireNotReserved(event);
    adapter.serverSideEmit(eventAndArgs(event, args));
  }

  /**
   * Sends an event to the other server nodes and collects each node's answer (the first argument of
   * its ack); fails with a {@link java.util.concurrent.TimeoutException} when one is missing.
   */
  public CompletableFuture<List<JsonNode>> serverSideEmitWithAck(String event, Object... args) {
    Socket.requireNotReserved(event);
    return adapter.serverSideEmitWithAck(eventAndArgs(event, args));
  }

  private static List<JsonNode> eventAndArgs(String event, Object... args) {
    List<JsonNode> eventAndArgs = new ArrayList<>();
    Json.eventData(event, Arrays.asList(args)).forEach(eventAndArgs::add);
    return List.copyOf(eventAndArgs);
  }

  /** The connected sockets of this node, by id. */
  public Map<String, Socket> sockets() {
    return Collections.unmodifiableMap(sockets);
  }

  public Optional<Socket> socket(String id) {
    return Optional.ofNullable(sockets.get(id));
  }

  public RoomAdapter adapter() {
    return adapter;
  }

  public BroadcastOperator to(String... rooms) {
    return everyone().to(rooms);
  }

  public BroadcastOperator in(String... rooms) {
    return to(rooms);
  }

  public BroadcastOperator except(String... rooms) {
    return everyone().except(rooms);
  }

  public BroadcastOperator volatileFlag() {
    return everyone().volatileFlag();
  }

  public BroadcastOperator local() {
    return everyone().local();
  }

  /** Sends an event to every socket of the namespace. */
  public void emit(String event, Object... args) {
    everyone().emit(event, args);
  }

  private BroadcastOperator everyone() {
    return new BroadcastOperator(this, Set.of(), Set.of(), BroadcastOptions.Flags.NONE);
  }

  SocketIoServer server() {
    return server;
  }

  long nextAckId() {
    return ackIds.getAndIncrement();
  }

  void remove(Socket socket) {
    sockets.remove(socket.id(), socket);
  }

  /**
   * A CONNECT for this namespace, on the connection's connect queue: restore the session or run the
   * middlewares, then connect or refuse.
   */
  void add(Connection connection, JsonNode payload) {
    ObjectNode auth = payload instanceof ObjectNode object ? object : Json.object();
    Optional<RestoredSession> restored = restore(auth);
    Socket socket =
        restored
            .map(
                session ->
                    new Socket(
                        this,
                        connection,
                        session.session().sid(),
                        Optional.of(session.session().pid()),
                        handshake(connection, auth),
                        true))
            .orElseGet(
                () ->
                    new Socket(
                        this,
                        connection,
                        Ids.generate(),
                        server.options().recovery().enabled()
                            ? Optional.of(Ids.generate())
                            : Optional.empty(),
                        handshake(connection, auth),
                        false));
    if (restored.isPresent()) {
      RestoredSession session = restored.get();
      adapter.addAll(socket.id(), session.session().rooms());
      socket.data().putAll(session.session().data());
      for (ArrayNode missed : session.missedPackets()) {
        socket.send(SocketIoPacket.event(name, missed), false);
      }
    } else {
      for (Middleware middleware : middlewares) {
        Admission admission = admit(middleware, socket);
        if (admission instanceof Admission.Refused refused) {
          adapter.delAll(socket.id());
          if (connection.isOpen()) {
            ObjectNode error = Json.object().put("message", refused.message());
            refused.data().ifPresent(data -> error.set("data", data));
            connection.send(
                server.encoder().encode(SocketIoPacket.connectError(name, error)), false);
          }
          return;
        }
      }
    }
    if (!connection.isOpen()) {
      adapter.delAll(socket.id());
      return;
    }
    sockets.put(socket.id(), socket);
    socket.connect(connectionHandlers);
  }

  private Admission admit(Middleware middleware, Socket socket) {
    try {
      return middleware.admit(socket);
    } catch (Exception e) {
      LOG.log(System.Logger.Level.WARNING, "middleware of " + name + " failed", e);
      return Admission.refuse("Internal server error");
    }
  }

  private Optional<RestoredSession> restore(ObjectNode auth) {
    JsonNode pid = auth.get("pid");
    JsonNode offset = auth.get("offset");
    if (!server.options().recovery().enabled()
        || pid == null
        || !pid.isTextual()
        || offset == null
        || !offset.isTextual()) {
      return Optional.empty();
    }
    try {
      return adapter.restoreSession(pid.textValue(), offset.textValue()).get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.log(System.Logger.Level.WARNING, "could not restore session on " + name, e);
      return Optional.empty();
    }
  }

  private static Handshake handshake(Connection connection, ObjectNode auth) {
    EngineHandshake engine = connection.engine().handshake();
    return new Handshake(
        engine.headers(),
        engine.query(),
        engine.remoteAddress(),
        engine.url(),
        engine.secure(),
        engine.headers().containsKey("origin"),
        Instant.now(),
        engine.issued(),
        auth);
  }

  /** What the adapter may do with this namespace. */
  private final class Context implements AdapterContext {
    @Override
    public String namespace() {
      return name;
    }

    @Override
    public ConnectionStateRecovery recovery() {
      return server.options().recovery();
    }

    @Override
    public SocketIoEncoder encoder() {
      return server.encoder();
    }

    @Override
    public void deliver(Collection<String> socketIds, EncodedPacket packet, boolean droppable) {
      var messages = Connection.messages(packet);
      for (String socketId : socketIds) {
        Socket socket = sockets.get(socketId);
        if (socket != null) {
          socket.connection().sendMessages(messages, droppable);
        }
      }
    }

    @Override
    public Optional<SocketSnapshot> snapshot(String socketId) {
      return socket(socketId).map(Socket::snapshot);
    }

    @Override
    public void disconnect(String socketId, boolean closeConnection) {
      socket(socketId).ifPresent(socket -> socket.disconnect(closeConnection));
    }

    @Override
    public Optional<CompletableFuture<List<JsonNode>>> emitWithAck(
        String socketId, ArrayNode eventAndArgs, Duration timeout) {
      return socket(socketId)
          .map(
              socket ->
                  socket.emitWithAck(timeout, eventAndArgs.path(0).asText(), rest(eventAndArgs)));
    }

    private static Object[] rest(ArrayNode eventAndArgs) {
      Object[] args = new Object[Math.max(0, eventAndArgs.size() - 1)];
      for (int i = 0; i < args.length; i++) {
        args[i] = eventAndArgs.get(i + 1);
      }
      return args;
    }

    @Override
    public void onServerSideEmit(List<JsonNode> eventAndArgs, Optional<Consumer<JsonNode>> ack) {
      if (eventAndArgs.isEmpty()) {
        return;
      }
      String event = eventAndArgs.get(0).asText();
      List<JsonNode> args = List.copyOf(eventAndArgs.subList(1, eventAndArgs.size()));
      Ack reply = new ServerSideAck(ack);
      for (ServerSideEmitHandler handler : serverSideHandlers.getOrDefault(event, List.of())) {
        Thread.ofVirtual()
            .name("socket.io server-side " + event)
            .start(
                () -> {
                  try {
                    handler.onEmit(args, reply);
                  } catch (Exception e) {
                    LOG.log(
                        System.Logger.Level.WARNING,
                        "server-side handler for '" + event + "' failed on " + name,
                        e);
                  }
                });
      }
    }
  }

  /** Answers another node once, with the first argument. */
  private static final class ServerSideAck implements Ack {
    private final Optional<Consumer<JsonNode>> reply;
    private final AtomicBoolean sent = new AtomicBoolean();

    ServerSideAck(Optional<Consumer<JsonNode>> reply) {
      this.reply = reply;
    }

    @Override
    public boolean requested() {
      return reply.isPresent();
    }

    @Override
    public void send(Object... args) {
      if (reply.isPresent() && sent.compareAndSet(false, true)) {
        reply
            .get()
            .accept(
                args.length == 0
                    ? com.fasterxml.jackson.databind.node.NullNode.getInstance()
                    : Json.toNode(args[0]));
      }
    }
  }

  @Override
  public String toString() {
    return "Namespace[" + name + "]";
  }
}
