package dev.parley.domain.usecase;

import java.util.Objects;
import java.util.UUID;

/** Who is asking: the authenticated user, and for the audit trail their socket and address. */
public record Caller(UUID userId, String socketId, String ip) {
  public Caller {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(socketId, "socketId");
    Objects.requireNonNull(ip, "ip");
  }
}
