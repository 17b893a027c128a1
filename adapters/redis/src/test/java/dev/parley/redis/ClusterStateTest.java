package dev.parley.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.port.Leases;
import dev.parley.domain.port.RateLimiter;
import dev.parley.domain.port.RateLimiter.Decision;
import dev.parley.domain.port.RoomPresence;
import dev.parley.memory.InMemoryLeases;
import dev.parley.memory.InMemoryRateLimiter;
import dev.parley.memory.contract.LeasesContract;
import dev.parley.memory.contract.MovableClock;
import dev.parley.memory.contract.RateLimiterContract;
import dev.parley.memory.contract.RoomPresenceContract;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The cluster-wide state in the suite's Redis: the shared port contracts, then what only many nodes
 * show (counts across nodes, a dead node's share expiring and vacating its rooms, Redis losing
 * everything or going away).
 */
class ClusterStateTest {
  private final List<AutoCloseable> opened = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable resource : opened.reversed()) {
      resource.close();
    }
  }

  private <T extends AutoCloseable> T opened(T resource) {
    opened.add(resource);
    return resource;
  }

  private RedisConnections connect() {
    return opened(RedisConnections.connect(TestRedis.url()));
  }

  private RedisRoomPresence presence(RedisConnections redis, String node) {
    return opened(RedisRoomPresence.start(redis, node, Clock.systemUTC()));
  }

  @Nested
  class RateLimits extends RateLimiterContract {
    final MovableClock clock = new MovableClock();

    @Override
    protected RateLimiter newLimiter() {
      return new RedisRateLimiter(connect(), new InMemoryRateLimiter(clock), clock);
    }

    @Override
    protected void advance(Duration duration) {
      clock.advance(duration);
    }
  }

  @Nested
  class LeasesInRedis extends LeasesContract {
    @Override
    protected Leases newLeases() {
      return new RedisLeases(connect(), new InMemoryLeases(Clock.systemUTC()));
    }
  }

  @Nested
  class Presence extends RoomPresenceContract {
    @Override
    protected RoomPresence newPresence() {
      RedisRoomPresence presence = presence(connect(), "contract");
      awaitRegistered(TestRedis.url(), presence);
      return presence;
    }
  }

  @Test
  void a_limit_holds_across_nodes() {
    String key = "messages:" + UUID.randomUUID();
    List<RateLimiter> nodes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      nodes.add(
          new RedisRateLimiter(
              connect(), new InMemoryRateLimiter(Clock.systemUTC()), Clock.systemUTC()));
    }

    List<Decision> decisions = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      decisions.add(nodes.get(i % 3).tryAcquire(key, 10, Duration.ofMinutes(1)));
    }

    assertThat(decisions.subList(0, 10)).containsOnly(new Decision.Allowed());
    assertThat(decisions.get(10)).isInstanceOf(Decision.Limited.class);
  }

  @Test
  void a_lease_held_on_one_node_is_refused_on_another() {
    Leases one = new RedisLeases(connect(), new InMemoryLeases(Clock.systemUTC()));
    Leases other = new RedisLeases(connect(), new InMemoryLeases(Clock.systemUTC()));
    String name = "ai-turn:" + UUID.randomUUID();

    Leases.Lease held = one.tryAcquire(name, Duration.ofMinutes(1)).orElseThrow();

    assertThat(other.tryAcquire(name, Duration.ofMinutes(1))).isEmpty();
    held.close();
    assertThat(other.tryAcquire(name, Duration.ofMinutes(1))).isPresent();
  }

  @Test
  void every_node_counts_the_connections_of_all() {
    RedisRoomPresence one = presence(connect(), "node-a");
    RedisRoomPresence other = presence(connect(), "node-b");
    UUID room = UUID.randomUUID();

    one.entered(room, "s1");
    other.entered(room, "s2");

    assertThat(one.participantCount(room)).isEqualTo(2);
    assertThat(other.participantCount(room)).isEqualTo(2);
    other.left(room, "s2");
    assertThat(one.participantCount(room)).isEqualTo(1);
  }

  @Test
  void a_node_that_dies_stops_counting_and_its_rooms_are_vacated_on_one_survivor()
      throws Exception {
    RedisRoomPresence survivor = presence(connect(), "survivor");
    RedisRoomPresence bystander = presence(connect(), "bystander");
    List<Set<UUID>> vacatedOnSurvivor = new CopyOnWriteArrayList<>();
    List<Set<UUID>> vacatedOnBystander = new CopyOnWriteArrayList<>();
    survivor.onRoomsVacated(vacatedOnSurvivor::add);
    bystander.onRoomsVacated(vacatedOnBystander::add);
    RedisConnections doomedLink = RedisConnections.connect(TestRedis.url());
    RedisRoomPresence doomed =
        opened(RedisRoomPresence.start(doomedLink, "doomed", Clock.systemUTC()));
    UUID room = UUID.randomUUID();
    awaitRegistered(TestRedis.url(), doomed);
    doomed.entered(room, "s1");
    survivor.entered(room, "s2");
    assertThat(survivor.participantCount(room)).isEqualTo(2);

    // dies without a word: its link goes, its heartbeats stop, nobody is told
    doomedLink.close();
    Instant died = Instant.now();

    TestRedis.await(
        "the dead node's connection to stop counting",
        Duration.ofSeconds(15),
        () -> survivor.participantCount(room) == 1);
    TestRedis.await(
        "the dead node's room to be vacated",
        Duration.ofSeconds(15),
        () -> timesVacated(room, vacatedOnSurvivor, vacatedOnBystander) > 0);
    assertThat(Duration.between(died, Instant.now()))
        .isLessThan(RedisRoomPresence.NODE_TTL.plus(RedisRoomPresence.HEARTBEAT).plusSeconds(2));
    Thread.sleep(RedisRoomPresence.HEARTBEAT.toMillis() * 2);
    assertThat(timesVacated(room, vacatedOnSurvivor, vacatedOnBystander))
        .as("vacated once, on one node")
        .isEqualTo(1);
  }

  /** Other tests' nodes closing are vacated too: only {@code room} is counted. */
  @SafeVarargs
  private static long timesVacated(UUID room, List<Set<UUID>>... seen) {
    long times = 0;
    for (List<Set<UUID>> node : seen) {
      times += node.stream().filter(rooms -> rooms.contains(room)).count();
    }
    return times;
  }

  @Test
  void a_node_writes_its_share_again_when_redis_lost_it() throws Exception {
    PrivateRedis redis = opened(PrivateRedis.start());
    RedisRoomPresence node = presence(opened(RedisConnections.connect(redis.url())), "node-a");
    awaitRegistered(redis.url(), node);
    UUID room = UUID.randomUUID();
    node.entered(room, "s1");
    node.entered(room, "s2");

    flushAll(redis.url());
    assertThat(node.participantCount(room)).isZero();

    TestRedis.await(
        "the node's share to be back",
        Duration.ofSeconds(10),
        () -> node.participantCount(room) == 2);
  }

  @Test
  void while_redis_is_away_each_node_counts_and_limits_on_its_own_then_shares_again()
      throws Exception {
    PrivateRedis redis = opened(PrivateRedis.start());
    RedisConnections link = opened(RedisConnections.connect(redis.url()));
    RedisRoomPresence node = presence(link, "node-a");
    RateLimiter limiter =
        new RedisRateLimiter(link, new InMemoryRateLimiter(Clock.systemUTC()), Clock.systemUTC());
    awaitRegistered(redis.url(), node);
    UUID room = UUID.randomUUID();
    node.entered(room, "s1");

    redis.stop();
    node.entered(room, "s2");

    assertThat(link.isReachable()).isFalse();
    assertThat(node.participantCount(room)).isEqualTo(2);
    assertThat(limiter.tryAcquire("k", 1, Duration.ofMinutes(1))).isEqualTo(new Decision.Allowed());
    assertThat(limiter.tryAcquire("k", 1, Duration.ofMinutes(1)))
        .isInstanceOf(Decision.Limited.class);

    redis.startAgain();
    TestRedis.await("Redis to be reachable again", Duration.ofSeconds(15), link::isReachable);
    RedisRoomPresence other = presence(opened(RedisConnections.connect(redis.url())), "node-b");
    TestRedis.await(
        "the node's share, joins made while away included, to be in the new Redis",
        Duration.ofSeconds(15),
        () -> other.participantCount(room) == 2);
  }

  /** Waits for the first heartbeat: before it, other nodes do not count this node's members. */
  private static void awaitRegistered(String url, RedisRoomPresence presence) {
    RedisClient client = RedisClient.create(url);
    try (StatefulRedisConnection<String, String> connection = client.connect()) {
      TestRedis.await(
          presence.node() + " to heartbeat",
          Duration.ofSeconds(10),
          () -> connection.sync().zscore("parley:presence:nodes", presence.node()) != null);
    } finally {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
    }
  }

  private static void flushAll(String url) {
    RedisClient client = RedisClient.create(url);
    try (StatefulRedisConnection<String, String> connection = client.connect()) {
      connection.sync().flushall();
    } finally {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
    }
  }
}
