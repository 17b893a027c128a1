package dev.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class ClientFaultLogTest {
  static final class Ticking extends Clock {
    Instant now = Instant.parse("2026-12-03T10:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** Stands in for Helidon's own exception type, matched by name. */
  static final class InsufficientDataAvailableException extends RuntimeException {}

  static LogRecord warning(Throwable thrown) {
    LogRecord record = new LogRecord(Level.WARNING, "Internal server error");
    record.setThrown(thrown);
    return record;
  }

  @Test
  void a_client_fault_is_one_line_without_a_stack_trace_once_per_window_and_counted() {
    Ticking clock = new Ticking();
    ClientFaultLog log = new ClientFaultLog(clock);
    Throwable closed =
        new IllegalStateException("Internal error", new InsufficientDataAvailableException());

    LogRecord first = warning(closed);
    assertThat(log.isLoggable(first)).isTrue();
    assertThat(first.getThrown()).isNull();
    assertThat(first.getMessage()).contains("closed the connection in the middle of a request");
    for (int i = 0; i < 49; i++) {
      assertThat(log.isLoggable(warning(closed))).isFalse();
    }
    clock.now = clock.now.plus(ClientFaultLog.WINDOW).plus(Duration.ofMillis(1));
    LogRecord later = warning(closed);
    assertThat(log.isLoggable(later)).isTrue();
    assertThat(later.getMessage()).contains("49 more since the last such line");

    assertThat(log.counts()).containsEntry("closed_mid_request", 51L);
  }

  @Test
  void each_cause_has_its_own_line_and_a_server_fault_keeps_its_stack_trace() {
    ClientFaultLog log = new ClientFaultLog(new Ticking());
    assertThat(
            log.isLoggable(
                warning(new UncheckedIOException(new SocketException("Connection reset")))))
        .isTrue();
    assertThat(log.isLoggable(warning(new SocketTimeoutException("Read timed out")))).isTrue();

    NullPointerException bug = new NullPointerException("a bug of ours");
    LogRecord serverFault = warning(new RuntimeException("Internal error", bug));
    assertThat(log.isLoggable(serverFault)).isTrue();
    assertThat(serverFault.getThrown()).isNotNull();
    assertThat(serverFault.getLevel()).isEqualTo(Level.WARNING);
    assertThat(log.isLoggable(warning(null))).isTrue();

    assertThat(log.counts())
        .containsEntry("connection_reset", 1L)
        .containsEntry("timed_out", 1L)
        .containsEntry("closed_mid_request", 0L);
  }
}
