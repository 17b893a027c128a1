package dev.parley.memory.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.port.AuditEvent;
import dev.parley.domain.port.AuditTrail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditTrail} promises: each recorded event is kept once, as given, including
 * those still queued when the trail is closed.
 */
public abstract class AuditTrailContract {

  protected abstract AuditTrail newTrail();

  /** Closes the trail the clean way (if it has anything to close) and returns what it kept. */
  protected abstract List<AuditEvent> closeAndReadBack(AuditTrail trail);

  static AuditEvent event(int i) {
    return new AuditEvent(
        i % 2 == 0 ? Optional.of(UUID.randomUUID()) : Optional.empty(),
        "socket-" + i,
        "10.0.0." + (i % 250),
        "send-message",
        i % 3 == 0 ? Optional.empty() : Optional.of(UUID.randomUUID()),
        i % 5 == 0 ? "RATE_LIMITED" : AuditEvent.OK,
        "detail " + i,
        Instant.parse("2026-02-01T09:00:00Z").plusMillis(i));
  }

  @Test
  void a_recorded_event_is_kept_as_it_was_given() {
    AuditTrail trail = newTrail();
    AuditEvent withEverything = event(2);
    AuditEvent withNothingOptional = event(3);

    trail.record(withEverything);
    trail.record(withNothingOptional);

    assertThat(closeAndReadBack(trail))
        .containsExactlyInAnyOrder(withEverything, withNothingOptional);
  }

  @Test
  void events_recorded_concurrently_are_all_kept_once_even_if_closed_right_after()
      throws Exception {
    AuditTrail trail = newTrail();
    int threads = 4;
    int each = 500;
    List<AuditEvent> recorded = new ArrayList<>();
    List<Callable<Void>> jobs = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      List<AuditEvent> batch = new ArrayList<>();
      for (int i = 0; i < each; i++) {
        batch.add(event(t * each + i));
      }
      recorded.addAll(batch);
      jobs.add(
          () -> {
            batch.forEach(trail::record);
            return null;
          });
    }
    try (var pool = Executors.newFixedThreadPool(threads)) {
      pool.invokeAll(jobs);
    }

    assertThat(closeAndReadBack(trail)).containsExactlyInAnyOrderElementsOf(recorded);
  }
}
