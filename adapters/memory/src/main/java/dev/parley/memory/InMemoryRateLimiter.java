package dev.parley.memory;

import dev.parley.domain.port.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A sliding-window log per key, for one node. Keys whose window has emptied are swept now and then
 * so that a stream of distinct keys (IP addresses) does not grow the map without bound.
 */
public final class InMemoryRateLimiter implements RateLimiter {
  private static final int SWEEP_EVERY = 1024;

  private final Clock clock;
  private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
  private int untilSweep = SWEEP_EVERY;

  public InMemoryRateLimiter(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Decision tryAcquire(String key, int limit, Duration window) {
    Instant now = clock.instant();
    sweepNowAndThen(now);
    while (true) {
      Window uses = windows.computeIfAbsent(key, k -> new Window());
      synchronized (uses) {
        if (windows.get(key) != uses) {
          continue; // swept away between lookup and lock: take the live window
        }
        return take(uses, now, limit, window);
      }
    }
  }

  private static Decision take(Window uses, Instant now, int limit, Duration window) {
    uses.span = window;
    uses.forgetBefore(now.minus(window));
    if (uses.times.size() >= limit) {
      Instant oldest = uses.times.peekFirst();
      Duration retryAfter = oldest == null ? window : Duration.between(now, oldest.plus(window));
      return new Decision.Limited(retryAfter.isNegative() ? Duration.ZERO : retryAfter);
    }
    uses.times.addLast(now);
    return new Decision.Allowed();
  }

  private void sweepNowAndThen(Instant now) {
    synchronized (this) {
      if (--untilSweep > 0) {
        return;
      }
      untilSweep = SWEEP_EVERY;
    }
    for (Map.Entry<String, Window> entry : windows.entrySet()) {
      Window uses = entry.getValue();
      synchronized (uses) {
        uses.forgetBefore(now.minus(uses.span));
        if (uses.times.isEmpty()) {
          windows.remove(entry.getKey(), uses);
        }
      }
    }
  }

  private static final class Window {
    final Deque<Instant> times = new ArrayDeque<>();
    Duration span = Duration.ZERO;

    void forgetBefore(Instant start) {
      while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
        times.removeFirst();
      }
    }
  }
}
