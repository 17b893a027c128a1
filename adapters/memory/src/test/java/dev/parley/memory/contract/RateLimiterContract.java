package dev.parley.memory.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.port.RateLimiter;
import dev.parley.domain.port.RateLimiter.Decision;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RateLimiter} promises. Subclasses give a limiter over a clock they can move
 * with {@link #advance}.
 */
public abstract class RateLimiterContract {
  private RateLimiter limiter;
  private String key;

  protected abstract RateLimiter newLimiter();

  protected abstract void advance(Duration duration);

  @BeforeEach
  void setUp() {
    limiter = newLimiter();
    key = "test:" + UUID.randomUUID();
  }

  @Test
  void uses_up_to_the_limit_are_allowed_and_the_next_is_limited_with_a_wait() {
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.tryAcquire(key, 3, Duration.ofMinutes(1)))
          .isEqualTo(new Decision.Allowed());
    }

    Decision fourth = limiter.tryAcquire(key, 3, Duration.ofMinutes(1));

    assertThat(fourth).isInstanceOf(Decision.Limited.class);
    assertThat(((Decision.Limited) fourth).retryAfter())
        .isPositive()
        .isLessThanOrEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void keys_are_counted_apart() {
    limiter.tryAcquire(key, 1, Duration.ofMinutes(1));

    assertThat(limiter.tryAcquire(key + ":other", 1, Duration.ofMinutes(1)))
        .isEqualTo(new Decision.Allowed());
  }

  @Test
  void uses_are_allowed_again_once_the_window_has_passed() {
    limiter.tryAcquire(key, 1, Duration.ofMinutes(1));
    assertThat(limiter.tryAcquire(key, 1, Duration.ofMinutes(1)))
        .isInstanceOf(Decision.Limited.class);

    advance(Duration.ofMinutes(1).plusSeconds(1));

    assertThat(limiter.tryAcquire(key, 1, Duration.ofMinutes(1))).isEqualTo(new Decision.Allowed());
  }
}
