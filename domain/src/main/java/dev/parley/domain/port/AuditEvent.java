package dev.parley.domain.port;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of the audit trail: who (user, socket, ip) did what event on which negotiation, the
 * outcome ({@code "ok"} or an error code), a detail fit to log (never message content or secrets),
 * and when.
 */
public record AuditEvent(
    Optional<UUID> userId,
    String socketId,
    String ip,
    String event,
    Optional<UUID> negotiationId,
    String outcome,
    String detail,
    Instant time) {
  public static final String OK = "ok";

  public AuditEvent {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(socketId, "socketId");
    Objects.requireNonNull(ip, "ip");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(negotiationId, "negotiationId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(time, "time");
  }
}
