package dev.parley.gateway;

import dev.parley.domain.port.AuditEvent;
import dev.parley.domain.port.AuditTrail;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The audit lines of what the gateway settles itself: handshakes, payloads refused before any use
 * case runs, unknown events, the per-IP flood guard and disconnections. (Use cases write their own
 * lines.) Client-chosen event names are written in a safe form: printable ASCII, at most 64
 * characters.
 */
final class EventAudit {

  static final String IGNORED = "IGNORED";
  static final int MAX_EVENT_NAME = 64;

  private final AuditTrail trail;
  private final Clock clock;

  EventAudit(AuditTrail trail, Clock clock) {
    this.trail = trail;
    this.clock = clock;
  }

  void record(
      Optional<UUID> userId,
      String socketId,
      String ip,
      String event,
      Optional<UUID> negotiationId,
      String outcome,
      String detail) {
    trail.record(
        new AuditEvent(
            userId,
            socketId,
            ip,
            safeEventName(event),
            negotiationId,
            outcome,
            detail,
            clock.instant()));
  }

  /** The event name as it may be stored: control and non-ASCII characters become '?'. */
  static String safeEventName(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "(empty)";
    }
    StringBuilder safe = new StringBuilder(Math.min(raw.length(), MAX_EVENT_NAME + 1));
    for (int i = 0; i < raw.length() && safe.length() < MAX_EVENT_NAME; i++) {
      char c = raw.charAt(i);
      safe.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    if (raw.length() > MAX_EVENT_NAME) {
      safe.append('…');
    }
    return safe.toString();
  }
}
