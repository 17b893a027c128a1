package dev.parley.socketio;

import java.time.Duration;

/**
 * Connection state recovery settings (Node's {@code connectionStateRecovery}). Off by default.
 *
 * @param enabled whether sessions are kept and restored
 * @param maxDisconnectionDuration how long a lost session can be restored
 */
public record ConnectionStateRecovery(boolean enabled, Duration maxDisconnectionDuration) {
  public static final Duration DEFAULT_MAX_DISCONNECTION = Duration.ofMinutes(2);

  public static ConnectionStateRecovery off() {
    return new ConnectionStateRecovery(false, DEFAULT_MAX_DISCONNECTION);
  }

  public static ConnectionStateRecovery on() {
    return new ConnectionStateRecovery(true, DEFAULT_MAX_DISCONNECTION);
  }

  public static ConnectionStateRecovery on(Duration maxDisconnectionDuration) {
    return new ConnectionStateRecovery(true, maxDisconnectionDuration);
  }
}
