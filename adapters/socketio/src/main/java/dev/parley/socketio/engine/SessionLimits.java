package dev.parley.socketio.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * Which new Engine.IO sessions this server takes. A polling handshake or WebSocket upgrade past a
 * limit is refused before a session exists: 503 {@code {"code":3,"message":"Server at capacity"}}
 * with {@code maxSessions} open, 429 {@code {"code":3,"message":"Too many handshakes"}} when the
 * client's address has spent its handshakes; both with {@code Retry-After}.
 *
 * @param maxSessions the sessions open at once
 * @param handshakesPerIpPerMinute each client address's token bucket: this many handshakes at once,
 *     refilled at this rate per minute
 * @param clientAddresses names the client of a request from its peer address and its {@code
 *     X-Forwarded-For} header (a trusted load balancer's)
 */
public record SessionLimits(
    int maxSessions, int handshakesPerIpPerMinute, ClientAddresses clientAddresses) {

  /** The client's address for per-IP limits. */
  @FunctionalInterface
  public interface ClientAddresses {
    String of(String peer, Optional<String> forwardedFor);

    /** Every peer is its own client: no load balancer in front. */
    ClientAddresses PEER = (peer, forwardedFor) -> peer;
  }

  public SessionLimits {
    if (maxSessions < 1 || handshakesPerIpPerMinute < 1) {
      throw new IllegalArgumentException(
          "limits must be positive: " + maxSessions + ", " + handshakesPerIpPerMinute);
    }
    Objects.requireNonNull(clientAddresses, "clientAddresses");
  }

  /** No limit but the machine's, as Node. */
  public static SessionLimits none() {
    return new SessionLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, ClientAddresses.PEER);
  }
}
