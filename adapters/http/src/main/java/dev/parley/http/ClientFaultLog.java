package dev.parley.http;

import java.io.UncheckedIOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps what clients do wrong out of the way of what the server does wrong. Helidon logs a client
 * that closes mid-request, resets the connection, times out or sends a malformed request as a
 * warning with a stack trace of some twenty lines; an attacker can write them as fast as it can
 * open sockets. Such a record becomes one line naming the cause, at most one per cause per {@link
 * #WINDOW} (saying how many were left out), and is counted per cause; any other record, a real
 * server fault, passes with its stack trace.
 */
public final class ClientFaultLog implements Filter {
  public static final Duration WINDOW = Duration.ofSeconds(10);

  /** Where Helidon reports connections that go wrong. */
  static final List<String> WATCHED_LOGGERS =
      List.of(
          "io.helidon.webserver.http1.Http1Connection",
          "io.helidon.webserver.ConnectionHandler",
          "io.helidon.webserver.http.ErrorHandlers",
          "io.helidon.webserver.http1.Http1ServerResponse",
          "io.helidon.webserver.websocket.WsConnection");

  /** What a client did. */
  public enum Cause {
    CLOSED_MID_REQUEST("the client closed the connection in the middle of a request"),
    CONNECTION_RESET("the client reset the connection"),
    TIMED_OUT("the client was too slow"),
    MALFORMED_REQUEST("the client sent a malformed request");

    final String description;

    Cause(String description) {
      this.description = description;
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final ClientFaultLog INSTALLED = new ClientFaultLog(Clock.systemUTC());
  // java.util.logging keeps loggers weakly: these references keep the filters set
  private static final List<Logger> WATCHED =
      WATCHED_LOGGERS.stream().map(Logger::getLogger).toList();

  private final Clock clock;
  private final Map<Cause, AtomicLong> counts = new EnumMap<>(Cause.class);
  private final Map<Cause, AtomicLong> lastLine = new EnumMap<>(Cause.class);
  private final Map<Cause, AtomicLong> leftOut = new EnumMap<>(Cause.class);

  ClientFaultLog(Clock clock) {
    this.clock = clock;
    for (Cause cause : Cause.values()) {
      counts.put(cause, new AtomicLong());
      lastLine.put(cause, new AtomicLong(Long.MIN_VALUE));
      leftOut.put(cause, new AtomicLong());
    }
  }

  /** The process's one instance, filtering Helidon's connection loggers (logging is global). */
  public static ClientFaultLog installed() {
    for (Logger logger : WATCHED) {
      logger.setFilter(INSTALLED);
    }
    return INSTALLED;
  }

  /** How many faults of each cause were seen, by {@link Cause#label()}. */
  public Map<String, Long> counts() {
    Map<String, Long> byLabel = new TreeMap<>();
    counts.forEach((cause, count) -> byLabel.put(cause.label(), count.get()));
    return byLabel;
  }

  @Override
  public boolean isLoggable(LogRecord record) {
    Optional<Cause> cause = causeOf(record.getThrown());
    if (cause.isEmpty()) {
      return true;
    }
    Cause what = cause.get();
    counts.get(what).incrementAndGet();
    long now = clock.millis();
    long last = lastLine.get(what).get();
    if (last != Long.MIN_VALUE && now - last < WINDOW.toMillis()
        || !lastLine.get(what).compareAndSet(last, now)) {
      leftOut.get(what).incrementAndGet();
      return false;
    }
    long skipped = leftOut.get(what).getAndSet(0);
    record.setThrown(null);
    record.setParameters(null);
    record.setLevel(Level.INFO);
    record.setMessage(
        "client fault: "
            + what.description
            + (skipped > 0 ? " (" + skipped + " more since the last such line)" : "")
            + "; at most one line per "
            + WINDOW.toSeconds()
            + " s, counted in parley_client_faults_total");
    return true;
  }

  static Optional<Cause> causeOf(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      String type = t.getClass().getName();
      if (type.endsWith("InsufficientDataAvailableException")) {
        return Optional.of(Cause.CLOSED_MID_REQUEST);
      }
      if (t instanceof SocketTimeoutException) {
        return Optional.of(Cause.TIMED_OUT);
      }
      if (t instanceof SocketException
          || t instanceof UncheckedIOException && t.getCause() instanceof SocketException) {
        return Optional.of(Cause.CONNECTION_RESET);
      }
      if (type.equals("io.helidon.http.BadRequestException")) {
        return Optional.of(Cause.MALFORMED_REQUEST);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }
}
