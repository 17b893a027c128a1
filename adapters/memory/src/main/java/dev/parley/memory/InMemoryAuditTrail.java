package dev.parley.memory;

import dev.parley.domain.port.AuditEvent;
import dev.parley.domain.port.AuditTrail;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the most recent audit events in memory (the embedded default has no database) and logs each
 * one at FINE on the {@code parley.audit} logger, so it can be captured if wanted.
 */
public final class InMemoryAuditTrail implements AuditTrail {
  private static final Logger LOG = Logger.getLogger("parley.audit");

  private final int capacity;
  private final Deque<AuditEvent> recent;

  public InMemoryAuditTrail(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
    this.recent = new ArrayDeque<>(Math.min(capacity, 1024));
  }

  @Override
  public void record(AuditEvent event) {
    synchronized (recent) {
      if (recent.size() == capacity) {
        recent.removeFirst();
      }
      recent.addLast(event);
    }
    if (LOG.isLoggable(Level.FINE)) {
      LOG.fine(event.toString());
    }
  }

  /** The kept events, oldest first. */
  public List<AuditEvent> events() {
    synchronized (recent) {
      return List.copyOf(recent);
    }
  }
}
