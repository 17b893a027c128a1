package dev.parley.redis;

/** A frame read from Redis that is not valid msgpack or JSON, or not in the adapter's shape. */
public final class MalformedFrameException extends Exception {
  private static final long serialVersionUID = 1L;

  public MalformedFrameException(String message) {
    super(message);
  }

  public MalformedFrameException(String message, Throwable cause) {
    super(message, cause);
  }
}
