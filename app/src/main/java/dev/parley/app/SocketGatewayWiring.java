package dev.parley.app;

import dev.parley.domain.account.IdentifyingACaller;
import dev.parley.domain.usecase.Ports;
import dev.parley.domain.usecase.Settings;
import dev.parley.domain.usecase.UseCases;
import dev.parley.gateway.GatewaySettings;
import dev.parley.gateway.NegotiationRooms;
import dev.parley.gateway.SocketGateway;
import dev.parley.memory.InMemoryRateLimiter;
import dev.parley.reader.OfferReading;
import dev.parley.redis.RedisConnections;
import dev.parley.redis.RedisRoomAdapter;
import dev.parley.socketio.SocketIoOptions;
import dev.parley.socketio.SocketIoServer;
import dev.parley.socketio.engine.EngineOptions;
import dev.parley.socketio.engine.SessionLimits;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.websocket.WsRouting;
import java.util.Optional;

/**
 * The Socket.IO side of Parley: the server on {@code /socket.io/} (polling and WebSocket), the
 * negotiation rooms the use cases announce to, and the gateway mapping the seed's events onto the
 * use cases. Made in two steps because the use cases need the rooms: {@link #create}, then {@link
 * #install} once the ports exist.
 */
final class SocketGatewayWiring implements AutoCloseable {
  private final SocketIoServer io;
  private final Optional<RedisConnections> redis;
  private final NegotiationRooms rooms;
  private final WsRouting.Builder webSocket = WsRouting.builder();
  private volatile Optional<SocketGateway> gateway = Optional.empty();

  private SocketGatewayWiring(SocketIoServer io, Optional<RedisConnections> redis) {
    this.io = io;
    this.redis = redis;
    this.rooms = new NegotiationRooms(io.of("/"));
    io.register(webSocket);
  }

  static SocketGatewayWiring create(Configuration config) {
    EngineOptions engine =
        EngineOptions.defaults()
            .withAllowedOrigins(config.originPolicy())
            .withSessionLimits(sessionLimits(config));
    SocketIoOptions options = SocketIoOptions.defaults().withEngine(engine);
    // With REDIS_URL, room broadcasts cross nodes in @socket.io/redis-adapter's wire format.
    Optional<RedisConnections> redis =
        config.redisUrl().map(url -> RedisConnections.connect(url.toString()));
    if (redis.isPresent()) {
      options = options.withAdapterFactory(RedisRoomAdapter.factory(redis.get()));
    }
    return new SocketGatewayWiring(new SocketIoServer(options), redis);
  }

  /**
   * New Engine.IO sessions: as many as the connection cap leaves room for, and the handshakes per
   * IP of the configuration, from the address a trusted load balancer forwarded.
   */
  static SessionLimits sessionLimits(Configuration config) {
    return new SessionLimits(
        config.connections().maxSessions(),
        config.limits().handshakesPerIp(),
        config.trustedProxies()::clientOf);
  }

  /** Refusals of new Engine.IO sessions: at capacity, and past a client's handshake rate. */
  long refusedAtCapacity() {
    return io.refusedAtCapacity();
  }

  long refusedHandshakes() {
    return io.refusedHandshakes();
  }

  int openConnections() {
    return io.connectionCount();
  }

  /** The room ports for the use cases. */
  NegotiationRooms rooms() {
    return rooms;
  }

  /** The link to Redis when REDIS_URL is set, shared with the cluster state. */
  Optional<RedisConnections> redis() {
    return redis;
  }

  /**
   * The use cases' limits: the contract's, with this configuration's dev mode, AI deadline, reply
   * delay and message rate.
   */
  static Settings settings(Configuration config) {
    Settings contract =
        Settings.defaults().withDevMode(config.devMode()).withAiDeadline(config.aiTimeout());
    return new Settings(
        contract.maxMessageLength(),
        config.limits().messagesPerUser(),
        contract.messageWindow(),
        contract.aiDeadline(),
        config.aiReplyDelayMax(),
        contract.historyOnJoin(),
        contract.devMode());
  }

  /**
   * The transport's limits: the contract's, with this configuration's per-IP limits and trusted
   * load balancers.
   */
  static GatewaySettings gatewaySettings(Configuration config) {
    GatewaySettings contract = GatewaySettings.defaults();
    return contract
        .withTrustedProxies(config.trustedProxies())
        .withEventsPerUser(config.limits().eventsPerUser(), contract.eventWindow())
        .withHandshakesPerIp(config.limits().handshakesPerIp(), contract.handshakeWindow());
  }

  /** Wires the use cases over {@code ports} and puts the contract on the main namespace. */
  void install(
      Ports ports, Configuration config, IdentifyingACaller identifying, ClusterState cluster) {
    UseCases useCases = UseCases.wire(ports, settings(config), new OfferReading());
    SocketGateway installed =
        SocketGateway.install(
            rooms,
            new SocketGateway.Services(
                useCases,
                identifying,
                cluster.sharedLimits(),
                new InMemoryRateLimiter(ports.clock()),
                cluster.presence(),
                cluster.leases(),
                ports.audit(),
                ports.clock()),
            gatewaySettings(config));
    cluster.onRoomsVacated(installed::roomsVacated);
    gateway = Optional.of(installed);
  }

  /** New connections are refused (503) so that a load balancer sends them to other nodes. */
  void stopAccepting() {
    io.stopAccepting();
  }

  /**
   * Disconnects every client (they reconnect, elsewhere behind a load balancer), then lets the AI
   * turns in flight finish: their replies still reach the room through the other nodes.
   */
  void drain() {
    io.disconnectAll();
    gateway.ifPresent(SocketGateway::close);
  }

  /** Adds the WebSocket protocol and route to the server being built. */
  void mount(WebServerConfig.Builder server) {
    server.addProtocol(io.webSocketProtocol()).addRouting(webSocket);
  }

  /** Adds long-polling to the HTTP routing. */
  void register(HttpRouting.Builder http) {
    io.register(http);
  }

  /** Disconnects every socket and stops the scheduled work; then the Redis link is closed. */
  @Override
  public void close() {
    drain();
    io.close();
  }

  /** Closes the link to Redis, once nothing uses it any more. */
  void closeRedis() {
    redis.ifPresent(RedisConnections::close);
  }
}
