package dev.parley.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.socketio.AdapterContext;
import dev.parley.socketio.BroadcastOptions;
import dev.parley.socketio.InMemoryRoomAdapter;
import dev.parley.socketio.PacketType;
import dev.parley.socketio.PersistedSession;
import dev.parley.socketio.RestoredSession;
import dev.parley.socketio.RoomAdapter;
import dev.parley.socketio.SocketIoPacket;
import dev.parley.socketio.SocketSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The rooms of one namespace across nodes, on the wire format of Node's classic
 * {@code @socket.io/redis-adapter} 8.x, so Node nodes and {@code @socket.io/redis-emitter} share
 * rooms with this one. Local state and delivery are an {@link InMemoryRoomAdapter}'s; broadcasts
 * that are not {@code local} are also PUBLISHed, and this node answers every request another node
 * sends.
 */
public final class RedisRoomAdapter implements RoomAdapter {
  private static final System.Logger LOG = System.getLogger(RedisRoomAdapter.class.getName());
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  private static final Duration DEFAULT_CLIENT_ACK_TIMEOUT = Duration.ofSeconds(5);

  /** The request types of the classic adapter. */
  static final int SOCKETS = 0;

  static final int ALL_ROOMS = 1;
  static final int REMOTE_JOIN = 2;
  static final int REMOTE_LEAVE = 3;
  static final int REMOTE_DISCONNECT = 4;
  static final int REMOTE_FETCH = 5;
  static final int SERVER_SIDE_EMIT = 6;
  static final int BROADCAST = 7;
  static final int BROADCAST_CLIENT_COUNT = 8;
  static final int BROADCAST_ACK = 9;

  private final AdapterContext context;
  private final RedisConnections redis;
  private final InMemoryRoomAdapter local;
  private final String uid;
  private final String channel;
  private final String requestChannel;
  private final String responseChannel;
  private final String specificResponseChannel;
  private final Map<String, PendingRequest> pending = new ConcurrentHashMap<>();

  private RedisRoomAdapter(AdapterContext context, RedisConnections redis) {
    this.context = context;
    this.redis = redis;
    this.local = new InMemoryRoomAdapter(context);
    this.uid = redis.uid();
    String key = redis.options().key();
    String nsp = context.namespace();
    this.channel = key + "#" + nsp + "#";
    this.requestChannel = key + "-request#" + nsp + "#";
    this.responseChannel = key + "-response#" + nsp + "#";
    this.specificResponseChannel = responseChannel + uid + "#";
    redis.subscribe(
        channel + "*",
        this::onBroadcast,
        Map.of(
            requestChannel, this::onRequest,
            responseChannel, this::onResponse,
            specificResponseChannel, this::onResponse));
  }

  /**
   * The factory to put in {@code SocketIoOptions.withAdapterFactory}: every namespace gets an
   * adapter on these shared connections.
   */
  public static RoomAdapter.Factory factory(RedisConnections redis) {
    return context -> new RedisRoomAdapter(context, redis);
  }

  // ---------------------------------------------------------------- local state

  @Override
  public void addAll(String socketId, Set<String> rooms) {
    local.addAll(socketId, rooms);
  }

  @Override
  public void del(String socketId, String room) {
    local.del(socketId, room);
  }

  @Override
  public void delAll(String socketId) {
    local.delAll(socketId);
  }

  @Override
  public Set<String> sockets(Set<String> rooms) {
    return local.sockets(rooms);
  }

  @Override
  public Set<String> socketRooms(String socketId) {
    return local.socketRooms(socketId);
  }

  @Override
  public Set<String> rooms() {
    return local.rooms();
  }

  @Override
  public int roomSize(String room) {
    return local.roomSize(room);
  }

  @Override
  public void persistSession(PersistedSession session) {
    local.persistSession(session);
  }

  @Override
  public CompletableFuture<Optional<RestoredSession>> restoreSession(String pid, String offset) {
    return local.restoreSession(pid, offset);
  }

  // ---------------------------------------------------------------- outgoing

  @Override
  public void broadcast(SocketIoPacket packet, BroadcastOptions options) {
    if (!options.flags().local()) {
      ArrayNode frame =
          NODES.arrayNode().add(uid).add(packetNode(packet)).add(optionsNode(options, true));
      String target =
          options.rooms().size() == 1 ? channel + options.rooms().iterator().next() + "#" : channel;
      redis.publish(target, MsgPack.encode(frame));
    }
    local.broadcast(packet, options);
  }

  @Override
  public void addSockets(BroadcastOptions options, Set<String> rooms) {
    local.addSockets(options, rooms);
    if (!options.flags().local()) {
      ObjectNode request = request(REMOTE_JOIN);
      request.set("opts", optionsNode(options, false));
      request.set("rooms", strings(rooms));
      publishJson(requestChannel, request);
    }
  }

  @Override
  public void delSockets(BroadcastOptions options, Set<String> rooms) {
    local.delSockets(options, rooms);
    if (!options.flags().local()) {
      ObjectNode request = request(REMOTE_LEAVE);
      request.set("opts", optionsNode(options, false));
      request.set("rooms", strings(rooms));
      publishJson(requestChannel, request);
    }
  }

  @Override
  public void disconnectSockets(BroadcastOptions options, boolean closeConnections) {
    if (!options.flags().local()) {
      ObjectNode request = request(REMOTE_DISCONNECT);
      request.set("opts", optionsNode(options, false));
      request.put("close", closeConnections);
      publishJson(requestChannel, request);
    }
    local.disconnectSockets(options, closeConnections);
  }

  @Override
  public CompletableFuture<List<SocketSnapshot>> fetchSockets(BroadcastOptions options) {
    List<SocketSnapshot> mine = local.fetchSockets(options).join();
    if (options.flags().local()) {
      return CompletableFuture.completedFuture(mine);
    }
    ObjectNode request = request(REMOTE_FETCH);
    request.set("opts", optionsNode(options, false));
    return ask(request, "fetchSockets")
        .thenApply(
            responses -> {
              List<SocketSnapshot> all = new ArrayList<>(mine);
              for (JsonNode response : responses) {
                response.path("sockets").forEach(s -> all.add(NodeSocketShape.fromNode(s)));
              }
              return all;
            });
  }

  @Override
  public CompletableFuture<Set<String>> allRooms() {
    Set<String> mine = local.rooms();
    return ask(request(ALL_ROOMS), "allRooms")
        .thenApply(
            responses -> {
              Set<String> all = new LinkedHashSet<>(mine);
              for (JsonNode response : responses) {
                response.path("rooms").forEach(room -> all.add(room.asText()));
              }
              return all;
            });
  }

  @Override
  public void serverSideEmit(List<JsonNode> eventAndArgs) {
    ObjectNode request = request(SERVER_SIDE_EMIT);
    request.set("data", NODES.arrayNode().addAll(eventAndArgs));
    publishJson(requestChannel, request);
  }

  @Override
  public CompletableFuture<List<JsonNode>> serverSideEmitWithAck(List<JsonNode> eventAndArgs) {
    ObjectNode request = request(SERVER_SIDE_EMIT);
    request.set("data", NODES.arrayNode().addAll(eventAndArgs));
    return ask(request, "serverSideEmit")
        .thenApply(
            responses ->
                responses.stream()
                    .map(r -> r.path("data"))
                    .map(d -> d.isMissingNode() ? (JsonNode) NODES.nullNode() : d)
                    .toList());
  }

  /**
   * Publishes a request to the other nodes and waits for one response from each: as many as PUBSUB
   * NUMSUB counts on the request channel, less this node.
   */
  private CompletableFuture<List<JsonNode>> ask(ObjectNode request, String what) {
    return redis
        .subscriberCount(requestChannel)
        .thenCompose(
            subscribers -> {
              int expected = (int) Math.max(0, subscribers - 1);
              if (expected == 0) {
                return CompletableFuture.completedFuture(List.<JsonNode>of());
              }
              String requestId = Uid.generate(6);
              request.put("requestId", requestId);
              PendingRequest waiting = new PendingRequest(expected);
              pending.put(requestId, waiting);
              long timeout = redis.options().requestsTimeout().toMillis();
              waiting.timer =
                  redis
                      .timers()
                      .schedule(
                          () -> {
                            if (pending.remove(requestId) != null) {
                              waiting.result.completeExceptionally(
                                  new TimeoutException(
                                      "timeout reached while waiting for "
                                          + what
                                          + " response: only "
                                          + waiting.responses.size()
                                          + " responses received out of "
                                          + expected));
                            }
                          },
                          timeout,
                          TimeUnit.MILLISECONDS);
              publishJson(requestChannel, request);
              return waiting.result;
            });
  }

  private static final class PendingRequest {
    final int expected;
    final List<JsonNode> responses = new ArrayList<>();
    final CompletableFuture<List<JsonNode>> result = new CompletableFuture<>();
    volatile ScheduledFuture<?> timer;

    PendingRequest(int expected) {
      this.expected = expected;
    }

    /** True when this was the last awaited response. */
    synchronized boolean add(JsonNode response) {
      responses.add(response);
      return responses.size() == expected;
    }
  }

  private ObjectNode request(int type) {
    ObjectNode request = NODES.objectNode();
    request.put("uid", uid);
    request.put("type", type);
    return request;
  }

  private void publishJson(String target, JsonNode message) {
    try {
      redis.publish(target, JSON.writeValueAsBytes(message));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ObjectNode packetNode(SocketIoPacket packet) {
    ObjectNode node = NODES.objectNode();
    node.put("type", packet.type().code());
    node.set("data", packet.data());
    node.put("nsp", context.namespace());
    packet.ackId().ifPresent(id -> id.asLong().ifPresent(n -> node.put("id", n)));
    return node;
  }

  private static ObjectNode optionsNode(BroadcastOptions options, boolean withFlags) {
    ObjectNode node = NODES.objectNode();
    node.set("rooms", strings(options.rooms()));
    node.set("except", strings(options.except()));
    if (withFlags) {
      ObjectNode flags = node.putObject("flags");
      if (options.flags().volatileDelivery()) {
        flags.put("volatile", true);
      }
    }
    return node;
  }

  private static ArrayNode strings(Set<String> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }

  // ---------------------------------------------------------------- incoming

  /** A message on {@code socket.io#<nsp>#} or {@code socket.io#<nsp>#<room>#}. */
  void onBroadcast(String fromChannel, byte[] message) {
    if (!fromChannel.startsWith(channel)) {
      return;
    }
    String room =
        fromChannel.substring(
            channel.length(), Math.max(channel.length(), fromChannel.length() - 1));
    if (!room.isEmpty() && local.roomSize(room) == 0) {
      return; // a room this node does not have
    }
    try {
      IncomingBroadcast broadcast = IncomingBroadcast.parse(MsgPack.decode(message));
      if (broadcast.uid().equals(uid) || !broadcast.namespace().equals(context.namespace())) {
        return;
      }
      local.broadcast(
          new SocketIoPacket(
              PacketType.EVENT, context.namespace(), Optional.empty(), broadcast.data()),
          broadcast.localOptions());
    } catch (MalformedFrameException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "malformed broadcast on " + fromChannel + " dropped: " + e.getMessage());
    }
  }

  /** A request on {@code socket.io-request#<nsp>#}, JSON or msgpack. */
  void onRequest(String fromChannel, byte[] message) {
    JsonNode request;
    try {
      request = parseObject(message);
    } catch (MalformedFrameException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "malformed request on " + fromChannel + " dropped: " + e.getMessage());
      return;
    }
    if (uid.equals(request.path("uid").asText(null))) {
      return; // our own request: applied locally when it was made
    }
    switch (request.path("type").asInt(-1)) {
      case SOCKETS -> {
        ObjectNode response = response(request);
        response.set("sockets", strings(local.sockets(stringSet(request.path("rooms")))));
        publishResponse(request, response);
      }
      case ALL_ROOMS -> {
        ObjectNode response = response(request);
        response.set("rooms", strings(local.rooms()));
        publishResponse(request, response);
      }
      case REMOTE_JOIN ->
          onMembership(
              request,
              local::addSockets,
              socketId -> local.addAll(socketId, Set.of(request.path("room").asText())));
      case REMOTE_LEAVE ->
          onMembership(
              request,
              local::delSockets,
              socketId -> local.del(socketId, request.path("room").asText()));
      case REMOTE_DISCONNECT -> {
        boolean close = request.path("close").asBoolean(false);
        if (request.has("opts")) {
          local.disconnectSockets(remoteOptions(request.path("opts")), close);
        } else if (local.socketRooms(request.path("sid").asText()).isEmpty()) {
          return;
        } else {
          context.disconnect(request.path("sid").asText(), close);
          publishResponse(request, response(request));
        }
      }
      case REMOTE_FETCH -> {
        ArrayNode sockets = NODES.arrayNode();
        for (SocketSnapshot socket :
            local.fetchSockets(remoteOptions(request.path("opts"))).join()) {
          sockets.add(NodeSocketShape.toNode(socket));
        }
        ObjectNode response = response(request);
        response.set("sockets", sockets);
        publishResponse(request, response);
      }
      case SERVER_SIDE_EMIT -> onServerSideEmit(request);
      case BROADCAST -> onBroadcastWithAck(request);
      default ->
          LOG.log(System.Logger.Level.DEBUG, "ignoring request type " + request.path("type"));
    }
  }

  @FunctionalInterface
  private interface MembershipChange {
    void apply(BroadcastOptions options, Set<String> rooms);
  }

  private void onMembership(
      JsonNode request, MembershipChange change, java.util.function.Consumer<String> legacy) {
    if (request.has("opts")) {
      change.apply(remoteOptions(request.path("opts")), stringSet(request.path("rooms")));
      return;
    }
    String sid = request.path("sid").asText();
    if (!local.socketRooms(sid).isEmpty()) {
      legacy.accept(sid);
      publishResponse(request, response(request));
    }
  }

  private void onServerSideEmit(JsonNode request) {
    List<JsonNode> eventAndArgs = new ArrayList<>();
    request.path("data").forEach(eventAndArgs::add);
    if (!request.has("requestId")) {
      context.onServerSideEmit(eventAndArgs, Optional.empty());
      return;
    }
    String requestId = request.path("requestId").asText();
    context.onServerSideEmit(
        eventAndArgs,
        Optional.of(
            answer -> {
              ObjectNode response = NODES.objectNode();
              response.put("type", SERVER_SIDE_EMIT);
              response.put("requestId", requestId);
              response.set("data", answer);
              publishJson(responseChannel, response); // Node always answers on the common channel
            }));
  }

  private void onBroadcastWithAck(JsonNode request) {
    JsonNode data = request.path("packet").path("data");
    if (!(data instanceof ArrayNode eventAndArgs) || eventAndArgs.isEmpty()) {
      return;
    }
    JsonNode opts = request.path("opts");
    long timeoutMillis = opts.path("flags").path("timeout").asLong(0);
    Duration timeout =
        timeoutMillis > 0 ? Duration.ofMillis(timeoutMillis) : DEFAULT_CLIENT_ACK_TIMEOUT;
    String requestId = request.path("requestId").asText();
    Set<String> targets = local.sockets(remoteOptions(opts));
    List<CompletableFuture<List<JsonNode>>> acks = new ArrayList<>();
    for (String socketId : targets) {
      context.emitWithAck(socketId, eventAndArgs, timeout).ifPresent(acks::add);
    }
    ObjectNode count = response(request);
    count.put("type", BROADCAST_CLIENT_COUNT);
    count.put("clientCount", acks.size());
    publishResponse(request, count);
    for (CompletableFuture<List<JsonNode>> ack : acks) {
      ack.thenAccept(
          args -> {
            ObjectNode answer = NODES.objectNode();
            answer.put("type", BROADCAST_ACK);
            answer.put("requestId", requestId);
            if (!args.isEmpty()) {
              answer.set("packet", args.get(0));
            }
            redis.publish(responseTarget(request), MsgPack.encode(answer));
          });
    }
  }

  /** A response on {@code socket.io-response#<nsp>#[<uid>#]}. */
  void onResponse(String fromChannel, byte[] message) {
    JsonNode response;
    try {
      response = parseObject(message);
    } catch (MalformedFrameException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "malformed response on " + fromChannel + " dropped: " + e.getMessage());
      return;
    }
    String requestId = response.path("requestId").asText("");
    PendingRequest waiting = pending.get(requestId);
    if (waiting != null && waiting.add(response) && pending.remove(requestId, waiting)) {
      ScheduledFuture<?> timer = waiting.timer;
      if (timer != null) {
        timer.cancel(false);
      }
      waiting.result.complete(List.copyOf(waiting.responses));
    }
  }

  private ObjectNode response(JsonNode request) {
    ObjectNode response = NODES.objectNode();
    if (request.has("requestId")) {
      response.set("requestId", request.get("requestId"));
    }
    return response;
  }

  private String responseTarget(JsonNode request) {
    return redis.options().publishOnSpecificResponseChannel() && request.has("uid")
        ? responseChannel + request.path("uid").asText() + "#"
        : responseChannel;
  }

  private void publishResponse(JsonNode request, JsonNode response) {
    publishJson(responseTarget(request), response);
  }

  private static BroadcastOptions remoteOptions(JsonNode opts) {
    JsonNode flags = opts.path("flags");
    return new BroadcastOptions(
        stringSet(opts.path("rooms")),
        stringSet(opts.path("except")),
        new BroadcastOptions.Flags(flags.path("volatile").asBoolean(false), true));
  }

  static Set<String> stringSet(JsonNode array) {
    Set<String> values = new LinkedHashSet<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  /** A request or response: JSON when it starts with '{', msgpack otherwise; always a map. */
  static JsonNode parseObject(byte[] message) throws MalformedFrameException {
    JsonNode node;
    if (message.length > 0 && message[0] == '{') {
      try {
        node = JSON.readTree(message);
      } catch (IOException e) {
        throw new MalformedFrameException("malformed JSON: " + e.getMessage(), e);
      }
    } else {
      node = MsgPack.decode(message);
    }
    if (!(node instanceof ObjectNode)) {
      throw new MalformedFrameException("expected a map, got " + node.getNodeType());
    }
    return node;
  }

  @Override
  public void close() {
    redis.unsubscribe(
        channel + "*", List.of(requestChannel, responseChannel, specificResponseChannel));
    pending
        .values()
        .forEach(p -> p.result.completeExceptionally(new IllegalStateException("adapter closed")));
    pending.clear();
    local.close();
  }
}
