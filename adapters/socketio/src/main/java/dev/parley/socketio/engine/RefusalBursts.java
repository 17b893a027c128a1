package dev.parley.socketio.engine;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Counts refusals of one cause and logs one line per burst: the first refusal after {@link
 * #QUIET_SECONDS} without any. The count is for metrics.
 */
final class RefusalBursts {
  static final long QUIET_SECONDS = 10;
  private static final System.Logger LOG = System.getLogger(RefusalBursts.class.getName());

  private final LongSupplier nanoTime;
  private final AtomicLong count = new AtomicLong();
  private final AtomicLong lastRefusal;

  RefusalBursts(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
    this.lastRefusal =
        new AtomicLong(nanoTime.getAsLong() - TimeUnit.SECONDS.toNanos(QUIET_SECONDS));
  }

  void refused(Supplier<String> line) {
    count.incrementAndGet();
    long now = nanoTime.getAsLong();
    long previous = lastRefusal.getAndSet(now);
    if (now - previous >= TimeUnit.SECONDS.toNanos(QUIET_SECONDS)) {
      LOG.log(System.Logger.Level.WARNING, line.get());
    }
  }

  long count() {
    return count.get();
  }
}
