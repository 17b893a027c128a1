package dev.parley.postgres;

import dev.parley.domain.port.AuditEvent;
import dev.parley.domain.port.AuditTrail;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes audit events asynchronously: {@link #record} puts the event on a bounded queue and
 * returns; one writer thread inserts them in batches. {@link #close} stops taking events and
 * returns once everything queued is written. When the queue stays full (the database is down or
 * slow) a caller waits up to {@code offerTimeout}, then the event is counted in {@link #dropped()}
 * and logged, rather than holding the request forever.
 */
final class PostgresAuditTrail implements AuditTrail, AutoCloseable {
  private static final Logger LOG = Logger.getLogger(PostgresAuditTrail.class.getName());
  private static final int MAX_ATTEMPTS = 5;

  private final Jdbi jdbi;
  private final BlockingQueue<AuditEvent> queue;
  private final int batchSize;
  private final Duration offerTimeout;
  private final ReadWriteLock closing = new ReentrantReadWriteLock();
  private final AtomicLong dropped = new AtomicLong();
  private final Thread writer;
  private volatile boolean closed;

  PostgresAuditTrail(Jdbi jdbi, int capacity, int batchSize, Duration offerTimeout) {
    this.jdbi = jdbi;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.batchSize = batchSize;
    this.offerTimeout = offerTimeout;
    this.writer = Thread.ofPlatform().name("parley-audit-writer").daemon().start(this::writeLoop);
  }

  @Override
  public void record(AuditEvent event) {
    closing.readLock().lock();
    try {
      if (closed) {
        drop(1, "the audit trail is closed");
        return;
      }
      if (!queue.offer(event, offerTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
        drop(1, "the audit queue stayed full for " + offerTimeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      drop(1, "interrupted while the audit queue was full");
    } finally {
      closing.readLock().unlock();
    }
  }

  /** Events that could not be written (queue full for too long, or the database kept failing). */
  long dropped() {
    return dropped.get();
  }

  private void writeLoop() {
    List<AuditEvent> batch = new ArrayList<>(batchSize);
    while (!closed || !queue.isEmpty()) {
      try {
        AuditEvent first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, batchSize - 1);
        writeWithRetries(batch);
      } catch (InterruptedException e) {
        // Only close() could interrupt, and it does not: keep draining until the queue is empty.
        Thread.currentThread().interrupt();
        return;
      } finally {
        batch.clear();
      }
    }
  }

  private void writeWithRetries(List<AuditEvent> batch) throws InterruptedException {
    long backoff = 100;
    for (int attempt = 1; ; attempt++) {
      try {
        insert(batch);
        return;
      } catch (RuntimeException e) {
        if (attempt == MAX_ATTEMPTS) {
          LOG.log(Level.SEVERE, "audit batch lost after " + attempt + " attempts", e);
          drop(batch.size(), "the database kept failing");
          return;
        }
        LOG.log(Level.WARNING, "audit batch failed (attempt " + attempt + "), retrying", e);
        Thread.sleep(backoff);
        backoff *= 2;
      }
    }
  }

  private void insert(List<AuditEvent> batch) {
    jdbi.useHandle(
        h -> {
          PreparedBatch insert =
              h.prepareBatch(
                  "insert into audit_events (occurred_at, user_id, socket_id, ip, event,"
                      + " negotiation_id, outcome, detail) values (:time, :user, :socket, :ip,"
                      + " :event, :negotiation, :outcome, :detail)");
          for (AuditEvent e : batch) {
            insert
                .bind("time", Timestamp.from(e.time()))
                .bind("user", e.userId().orElse(null))
                .bind("socket", e.socketId())
                .bind("ip", e.ip())
                .bind("event", e.event())
                .bind("negotiation", e.negotiationId().orElse(null))
                .bind("outcome", e.outcome())
                .bind("detail", e.detail())
                .add();
          }
          insert.execute();
        });
  }

  private void drop(int count, String why) {
    dropped.addAndGet(count);
    LOG.warning(() -> count + " audit event(s) dropped: " + why);
  }

  /** Stops taking events, and returns when everything queued has been written (or given up). */
  @Override
  public void close() {
    closing.writeLock().lock();
    try {
      closed = true;
    } finally {
      closing.writeLock().unlock();
    }
    try {
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
