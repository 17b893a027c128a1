package dev.parley.redis;

import dev.parley.domain.port.Leases;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Leases as Redis keys set only if absent, with an expiry, holding the holder's token; released
 * only by that token. While Redis is away the node's own {@code fallback} leases serve: work is
 * then exclusive per node only, and nothing stops for want of Redis.
 */
public final class RedisLeases implements Leases {
  private static final String KEY_PREFIX = "parley:lease:";

  private static final String ACQUIRE =
      """
      if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
      return 0
      """;

  private static final String RELEASE =
      """
      if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
      return 0
      """;

  private final RedisConnections redis;
  private final Leases fallback;
  private final AtomicLong tokens = new AtomicLong();

  public RedisLeases(RedisConnections redis, Leases fallback) {
    this.redis = redis;
    this.fallback = fallback;
  }

  @Override
  public Optional<Lease> tryAcquire(String name, Duration duration) {
    String key = KEY_PREFIX + name;
    String token = redis.uid() + ":" + tokens.incrementAndGet();
    try {
      Long taken =
          redis.eval(ACQUIRE, ScriptOutputType.INTEGER, List.of(key), token, duration.toMillis());
      if (taken == 0) {
        return Optional.empty();
      }
    } catch (RedisUnavailableException e) {
      return fallback.tryAcquire(name, duration);
    }
    return Optional.of(() -> release(key, token));
  }

  private void release(String key, String token) {
    try {
      redis.eval(RELEASE, ScriptOutputType.INTEGER, List.of(key), token);
    } catch (RedisUnavailableException e) {
      // the lease runs out by itself
    }
  }
}
