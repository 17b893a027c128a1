package dev.parley.redis;

import dev.parley.domain.port.RoomPresence;
import dev.parley.memory.InMemoryRoomPresence;
import io.lettuce.core.ScriptOutputType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Room presence shared by every node through Redis. Each node heartbeats into a sorted set of nodes
 * scored by when it is presumed dead; a room's members are {@code <node>/<connection>} and count
 * only while their node is alive, so a node that dies stops counting within {@link #NODE_TTL}. The
 * first heartbeat after that removes its members for good and hands the rooms it was in to {@link
 * #onRoomsVacated} (on one node only: the script runs atomically).
 *
 * <p>This node's own share is kept in memory too: it answers while Redis is away, and it is written
 * back whole when Redis returns (a restarted Redis has lost it, a reachable one may have missed
 * joins and leaves).
 *
 * <p>The scripts build key names themselves, which a standalone Redis allows (not Redis Cluster).
 */
public final class RedisRoomPresence implements RoomPresence, AutoCloseable {
  public static final Duration HEARTBEAT = Duration.ofSeconds(2);
  public static final Duration NODE_TTL = Duration.ofSeconds(6);

  private static final String NODES = "parley:presence:nodes";
  private static final String ROOM_PREFIX = "parley:presence:room:";
  private static final String NODE_PREFIX = "parley:presence:node:";

  /** Removes a node's members from its rooms and forgets its room list; returns those rooms. */
  private static final String FORGET_NODE =
      """
      local function forget(node)
        local nodeRooms = '%1$s' .. node
        local prefix = node .. '/'
        local rooms = redis.call('SMEMBERS', nodeRooms)
        for _, room in ipairs(rooms) do
          local roomKey = '%2$s' .. room
          for _, member in ipairs(redis.call('SMEMBERS', roomKey)) do
            if string.sub(member, 1, #prefix) == prefix then redis.call('SREM', roomKey, member) end
          end
        end
        redis.call('DEL', nodeRooms)
        return rooms
      end
      """
          .formatted(NODE_PREFIX, ROOM_PREFIX);

  /** Heartbeat: {1 if this node was unknown else 0, rooms vacated by nodes found dead...}. */
  private static final String BEAT =
      FORGET_NODE
          + """
          local me, now, deadline = ARGV[1], tonumber(ARGV[2]), ARGV[3]
          local out = {redis.call('ZADD', KEYS[1], deadline, me)}
          for _, node in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now)) do
            for _, room in ipairs(forget(node)) do table.insert(out, room) end
            redis.call('ZREM', KEYS[1], node)
          end
          return out
          """;

  /** Replaces this node's share with ARGV[2..]: pairs of room and connection. */
  private static final String RESYNC =
      FORGET_NODE
          + """
          local me = ARGV[1]
          forget(me)
          for i = 2, #ARGV, 2 do
            redis.call('SADD', '%1$s' .. ARGV[i], me .. '/' .. ARGV[i + 1])
            redis.call('SADD', '%2$s' .. me, ARGV[i])
          end
          return 1
          """
              .formatted(ROOM_PREFIX, NODE_PREFIX);

  private static final String ENTER =
      """
      redis.call('SADD', KEYS[1], ARGV[1])
      redis.call('SADD', KEYS[2], ARGV[2])
      return 1
      """;

  private static final String LEAVE = "return redis.call('SREM', KEYS[1], ARGV[1])";

  /** Counts the members whose node is alive. */
  private static final String COUNT =
      """
      local now, alive, count = tonumber(ARGV[1]), {}, 0
      for _, member in ipairs(redis.call('SMEMBERS', KEYS[1])) do
        local node = string.match(member, '^([^/]+)/')
        if alive[node] == nil then
          local deadline = redis.call('ZSCORE', KEYS[2], node)
          alive[node] = deadline and tonumber(deadline) > now or false
        end
        if alive[node] then count = count + 1 end
      end
      return count
      """;

  private final RedisConnections redis;
  private final String node;
  private final Clock clock;
  private final InMemoryRoomPresence local = new InMemoryRoomPresence();
  private final ScheduledExecutorService heartbeats =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("presence-heartbeat").daemon().factory());
  private volatile Consumer<Set<UUID>> vacated = rooms -> {};
  private boolean resyncNeeded = true; // guarded by this

  private RedisRoomPresence(RedisConnections redis, String nodeName, Clock clock) {
    // the uid tells a restarted node apart from the dead process that had the same name
    this.node = nodeName + "#" + redis.uid();
    this.redis = redis;
    this.clock = clock;
  }

  /** Joins the cluster's presence as {@code nodeName} and heartbeats until closed. */
  public static RedisRoomPresence start(RedisConnections redis, String nodeName, Clock clock) {
    RedisRoomPresence presence = new RedisRoomPresence(redis, nodeName, clock);
    presence.heartbeats.scheduleAtFixedRate(
        presence::beat, 0, HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    return presence;
  }

  /** Called with the rooms of nodes found dead; each may be empty now. */
  public void onRoomsVacated(Consumer<Set<UUID>> listener) {
    this.vacated = listener;
  }

  /** This node's name in the presence sets. */
  public String node() {
    return node;
  }

  @Override
  public int participantCount(UUID negotiationId) {
    try {
      Long count =
          redis.eval(
              COUNT,
              ScriptOutputType.INTEGER,
              List.of(ROOM_PREFIX + negotiationId, NODES),
              clock.millis());
      return Math.toIntExact(count);
    } catch (RedisUnavailableException e) {
      return local.participantCount(negotiationId);
    }
  }

  @Override
  public synchronized void entered(UUID negotiationId, String connectionId) {
    local.entered(negotiationId, connectionId);
    try {
      redis.eval(
          ENTER,
          ScriptOutputType.INTEGER,
          List.of(ROOM_PREFIX + negotiationId, NODE_PREFIX + node),
          node + "/" + connectionId,
          negotiationId);
    } catch (RedisUnavailableException e) {
      resyncNeeded = true;
    }
  }

  @Override
  public synchronized void left(UUID negotiationId, String connectionId) {
    local.left(negotiationId, connectionId);
    try {
      redis.eval(
          LEAVE,
          ScriptOutputType.INTEGER,
          List.of(ROOM_PREFIX + negotiationId),
          node + "/" + connectionId);
    } catch (RedisUnavailableException e) {
      resyncNeeded = true;
    }
  }

  private void beat() {
    long now = clock.millis();
    try {
      List<Object> reply =
          redis.eval(
              BEAT, ScriptOutputType.MULTI, List.of(NODES), node, now, now + NODE_TTL.toMillis());
      boolean unknownHere = reply.isEmpty() || ((Long) reply.get(0)) == 1L;
      resyncIf(unknownHere);
      Set<UUID> rooms = new HashSet<>();
      for (Object room : reply.subList(Math.min(1, reply.size()), reply.size())) {
        rooms.add(UUID.fromString(new String((byte[]) room, StandardCharsets.UTF_8)));
      }
      if (!rooms.isEmpty()) {
        vacated.accept(rooms);
      }
    } catch (RedisUnavailableException e) {
      markResyncNeeded();
    } catch (RuntimeException e) {
      // a failing beat must not end the schedule
      System.getLogger(RedisRoomPresence.class.getName())
          .log(System.Logger.Level.WARNING, "presence heartbeat failed", e);
    }
  }

  private synchronized void markResyncNeeded() {
    resyncNeeded = true;
  }

  private synchronized void resyncIf(boolean unknownHere) {
    if (!unknownHere && !resyncNeeded) {
      return;
    }
    List<Object> args = new ArrayList<>();
    args.add(node);
    for (Map.Entry<UUID, Set<String>> room : local.snapshot().entrySet()) {
      for (String connection : room.getValue()) {
        args.add(room.getKey());
        args.add(connection);
      }
    }
    redis.eval(RESYNC, ScriptOutputType.INTEGER, List.of(NODE_PREFIX + node), args.toArray());
    resyncNeeded = false;
  }

  /**
   * Stops heartbeating and marks this node dead at once: the others stop counting its connections
   * now, and the next heartbeat of one of them vacates its rooms.
   */
  @Override
  public void close() {
    heartbeats.shutdownNow();
    try {
      redis.eval(
          "return redis.call('ZADD', KEYS[1], 0, ARGV[1])",
          ScriptOutputType.INTEGER,
          List.of(NODES),
          node);
    } catch (RedisUnavailableException e) {
      // the heartbeat expires by itself
    }
  }
}
