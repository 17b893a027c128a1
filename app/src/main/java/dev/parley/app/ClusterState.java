package dev.parley.app;

import dev.parley.domain.port.Leases;
import dev.parley.domain.port.RateLimiter;
import dev.parley.domain.port.RoomPresence;
import dev.parley.http.HealthCheck;
import dev.parley.memory.InMemoryLeases;
import dev.parley.memory.InMemoryRateLimiter;
import dev.parley.memory.InMemoryRoomPresence;
import dev.parley.redis.RedisConnections;
import dev.parley.redis.RedisLeases;
import dev.parley.redis.RedisRateLimiter;
import dev.parley.redis.RedisRoomPresence;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What this node shares with the others: the rate limits that must hold cluster-wide, who is in
 * which room, and the leases that keep work to one node. One node: all in memory. With Redis: in
 * Redis, each falling back to this node's own view while Redis is away.
 */
final class ClusterState implements AutoCloseable {
  private final RateLimiter sharedLimits;
  private final RoomPresence presence;
  private final Leases leases;
  private final Optional<RedisRoomPresence> redisPresence;
  private final List<HealthCheck> healthChecks;

  private ClusterState(
      RateLimiter sharedLimits,
      RoomPresence presence,
      Leases leases,
      Optional<RedisRoomPresence> redisPresence,
      List<HealthCheck> healthChecks) {
    this.sharedLimits = sharedLimits;
    this.presence = presence;
    this.leases = leases;
    this.redisPresence = redisPresence;
    this.healthChecks = healthChecks;
  }

  static ClusterState of(Optional<RedisConnections> redis, String nodeId, Clock clock) {
    RateLimiter localLimits = new InMemoryRateLimiter(clock);
    Leases localLeases = new InMemoryLeases(clock);
    if (redis.isEmpty()) {
      return new ClusterState(
          localLimits, new InMemoryRoomPresence(), localLeases, Optional.empty(), List.of());
    }
    RedisConnections connections = redis.get();
    RedisRoomPresence presence = RedisRoomPresence.start(connections, nodeId, clock);
    return new ClusterState(
        new RedisRateLimiter(connections, localLimits, clock),
        presence,
        new RedisLeases(connections, localLeases),
        Optional.of(presence),
        // without Redis the node still serves its own clients: degraded, not down
        List.of(HealthCheck.degrading("redis", connections::isReachable)));
  }

  /** The limits that hold across nodes: messages per user, handshakes and logins per IP. */
  RateLimiter sharedLimits() {
    return sharedLimits;
  }

  RoomPresence presence() {
    return presence;
  }

  Leases leases() {
    return leases;
  }

  List<HealthCheck> healthChecks() {
    return healthChecks;
  }

  /** {@code listener} gets the rooms of nodes that died (never called on a single node). */
  void onRoomsVacated(Consumer<Set<UUID>> listener) {
    redisPresence.ifPresent(presence -> presence.onRoomsVacated(listener));
  }

  /** Leaves the cluster's presence: the other nodes stop counting this node's connections. */
  @Override
  public void close() {
    redisPresence.ifPresent(RedisRoomPresence::close);
  }
}
