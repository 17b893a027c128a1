package dev.parley.redis;

import dev.parley.domain.port.RateLimiter;
import io.lettuce.core.ScriptOutputType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A sliding-window log per key in a Redis sorted set, so a limit holds across all nodes. While
 * Redis is away the node counts on its own ({@code fallback}): limits then hold per node, and
 * nobody is refused because Redis is down.
 */
public final class RedisRateLimiter implements RateLimiter {
  private static final String KEY_PREFIX = "parley:rate:";

  /** Returns -1 when the use was taken, else the milliseconds until one would be. */
  private static final String TAKE =
      """
      local now, window, limit = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
      redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
      if redis.call('ZCARD', KEYS[1]) >= limit then
        local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
        return tonumber(oldest[2]) + window - now
      end
      redis.call('ZADD', KEYS[1], now, ARGV[4])
      redis.call('PEXPIRE', KEYS[1], window)
      return -1
      """;

  private final RedisConnections redis;
  private final RateLimiter fallback;
  private final Clock clock;
  private final AtomicLong uses = new AtomicLong();

  public RedisRateLimiter(RedisConnections redis, RateLimiter fallback, Clock clock) {
    this.redis = redis;
    this.fallback = fallback;
    this.clock = clock;
  }

  @Override
  public Decision tryAcquire(String key, int limit, Duration window) {
    long now = clock.millis();
    // the member only has to be unique: two uses in one millisecond are two entries
    String use = redis.uid() + ":" + uses.incrementAndGet();
    try {
      Long wait =
          redis.eval(
              TAKE,
              ScriptOutputType.INTEGER,
              List.of(KEY_PREFIX + key),
              now,
              window.toMillis(),
              limit,
              use);
      return wait < 0
          ? new Decision.Allowed()
          : new Decision.Limited(Duration.ofMillis(Math.max(wait, 0)));
    } catch (RedisUnavailableException e) {
      return fallback.tryAcquire(key, limit, window);
    }
  }
}
