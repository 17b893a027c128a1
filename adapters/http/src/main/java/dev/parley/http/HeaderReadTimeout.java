package dev.parley.http;

import io.helidon.common.buffers.BufferData;
import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http1.Http1ConnectionListener;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Slow loris: a request whose header section trickles in holds a connection for as long as the
 * client likes, since Helidon 4.5 has no such timeout (its idle-connection timer only interrupts a
 * connection waiting for a request line). This listener, on Helidon's HTTP/1 receive side, gives
 * every request {@code timeout} from its request line to the end of its headers; past it the client
 * gets 408 and the connection is closed, with one log line.
 *
 * <p>Add it with {@code Http1Config.builder().addReceiveListener(timeout)}; {@link #close} stops
 * its timer.
 */
public final class HeaderReadTimeout implements Http1ConnectionListener, AutoCloseable {
  private static final System.Logger LOG = System.getLogger(HeaderReadTimeout.class.getName());
  private static final byte[] REQUEST_TIMEOUT =
      "HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII);

  private final Duration timeout;
  private final Map<ConnectionContext, Long> deadlines = new ConcurrentHashMap<>();
  private final ScheduledThreadPoolExecutor timer =
      new ScheduledThreadPoolExecutor(
          1, Thread.ofPlatform().daemon().name("header-read-timeout").factory());

  public HeaderReadTimeout(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the header read timeout must be positive: " + timeout);
    }
    this.timeout = timeout;
    long period = Math.max(10, timeout.toMillis() / 4);
    timer.scheduleWithFixedDelay(this::closeOverdue, period, period, TimeUnit.MILLISECONDS);
  }

  @Override
  public void prologue(ConnectionContext ctx, HttpPrologue prologue) {
    deadlines.put(ctx, System.nanoTime() + timeout.toNanos());
  }

  @Override
  public void headers(ConnectionContext ctx, Headers headers) {
    deadlines.remove(ctx);
  }

  /** Requests still reading their headers (for tests). */
  int pending() {
    return deadlines.size();
  }

  private void closeOverdue() {
    long now = System.nanoTime();
    deadlines.forEach(
        (ctx, deadline) -> {
          if (now - deadline >= 0 && deadlines.remove(ctx, deadline)) {
            close(ctx);
          }
        });
  }

  private void close(ConnectionContext ctx) {
    LOG.log(
        System.Logger.Level.INFO,
        "closing a connection from {0}: its request headers took longer than {1} ms",
        ctx.remotePeer().host(),
        timeout.toMillis());
    try {
      // the connection's own thread is blocked reading, so nothing else writes now
      ctx.dataWriter().writeNow(BufferData.create(REQUEST_TIMEOUT));
    } catch (RuntimeException e) {
      // the client is gone already
    }
    try {
      ctx.serverSocket().close();
    } catch (RuntimeException e) {
      // closed already
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
