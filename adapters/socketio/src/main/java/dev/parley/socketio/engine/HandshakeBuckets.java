package dev.parley.socketio.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * One token bucket per client address: {@code perMinute} handshakes at once, refilled at {@code
 * perMinute} a minute. Full buckets are forgotten by {@link #forgetFull}, so memory follows the
 * addresses that handshook within the last minute.
 */
final class HandshakeBuckets {
  private static final long MINUTE_NANOS = TimeUnit.MINUTES.toNanos(1);

  private final int perMinute;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  HandshakeBuckets(int perMinute, LongSupplier nanoTime) {
    this.perMinute = perMinute;
    this.nanoTime = nanoTime;
  }

  /** Takes a token for {@code address}; 0 when taken, else the nanoseconds until one is there. */
  long take(String address) {
    long now = nanoTime.getAsLong();
    return buckets.computeIfAbsent(address, a -> new Bucket(perMinute, now)).take(now, perMinute);
  }

  /** Drops the buckets that have refilled: they say nothing a new bucket would not. */
  void forgetFull() {
    long now = nanoTime.getAsLong();
    buckets.values().removeIf(bucket -> bucket.isFull(now, perMinute));
  }

  int size() {
    return buckets.size();
  }

  private static final class Bucket {
    private double tokens;
    private long updated;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.updated = now;
    }

    synchronized long take(long now, int perMinute) {
      refill(now, perMinute);
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return (long) Math.ceil((1 - tokens) * MINUTE_NANOS / perMinute);
    }

    synchronized boolean isFull(long now, int perMinute) {
      refill(now, perMinute);
      return tokens >= perMinute;
    }

    private void refill(long now, int perMinute) {
      tokens = Math.min(perMinute, tokens + (double) (now - updated) * perMinute / MINUTE_NANOS);
      updated = now;
    }
  }
}
