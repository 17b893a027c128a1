package dev.parley.domain.account;

import java.time.Instant;
import java.util.UUID;

/**
 * Issues and checks the bearer tokens of signed-in people (used by the REST API and the Socket.IO
 * handshake alike).
 */
public interface TokenService {

  AccessToken issue(User user);

  Verification verify(String token);

  /** A token and when it stops being accepted. */
  record AccessToken(String value, Instant expiresAt) {
    @Override
    public String toString() {
      return "AccessToken[expiresAt=" + expiresAt + "]";
    }
  }

  /** The outcome of {@link #verify}. */
  sealed interface Verification {
    /** A token this service issued, not expired: who it speaks for. */
    record Verified(UUID userId, String email) implements Verification {}

    /**
     * Not a valid token; {@code expired} when it was genuine but its time is up (clients are told
     * apart so they can refresh). {@code reason} is for logs, never shown to the caller.
     */
    record Rejected(String reason, boolean expired) implements Verification {
      public Rejected(String reason) {
        this(reason, false);
      }
    }
  }
}
