package dev.parley.domain.result;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A refusal: the code the client sees, a message fit to show to the person, and for {@link
 * ErrorCode#RATE_LIMITED} how long to wait.
 */
public record Rejection(ErrorCode code, String message, Optional<Duration> retryAfter) {
  public Rejection {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(retryAfter, "retryAfter");
  }

  public static Rejection of(ErrorCode code, String message) {
    return new Rejection(code, message, Optional.empty());
  }

  public static Rejection rateLimited(Duration retryAfter) {
    return new Rejection(
        ErrorCode.RATE_LIMITED,
        "Too many messages; try again in " + Math.max(1, retryAfter.toSeconds()) + " s",
        Optional.of(retryAfter));
  }
}
