package dev.parley.domain.port;

import java.time.Duration;

/** Counts uses of a key across all nodes within a sliding or fixed window. */
public interface RateLimiter {

  /** Takes one use of {@code key} if fewer than {@code limit} were taken within {@code window}. */
  Decision tryAcquire(String key, int limit, Duration window);

  sealed interface Decision {
    record Allowed() implements Decision {}

    /** Refused; the earliest time a use would be allowed again is {@code retryAfter} from now. */
    record Limited(Duration retryAfter) implements Decision {}
  }
}
