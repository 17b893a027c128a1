package dev.parley.redis;

/** Redis did not answer a cluster-state command in time; the caller uses its node's own view. */
final class RedisUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RedisUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
