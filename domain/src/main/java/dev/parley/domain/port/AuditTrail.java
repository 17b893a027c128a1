package dev.parley.domain.port;

/** Where every handled event is recorded. */
public interface AuditTrail {
  void record(AuditEvent event);
}
