package dev.parley.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.parley.domain.account.UserRepository;
import dev.parley.domain.port.AuditTrail;
import dev.parley.domain.port.DebriefRepository;
import dev.parley.domain.port.MessageRepository;
import dev.parley.domain.port.NegotiationRepository;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * Opens the database: a connection pool, the schema migrated to the latest version, and the
 * repositories over it. Closing it drains the audit queue and then closes the pool.
 */
public final class PostgresStorage implements AutoCloseable {
  private final HikariDataSource pool;
  private final Jdbi jdbi;
  private final PostgresUsers users;
  private final PostgresNegotiations negotiations;
  private final PostgresMessages messages;
  private final PostgresDebriefs debriefs;
  private final PostgresAuditTrail auditTrail;

  private PostgresStorage(HikariDataSource pool, Options options) {
    this.pool = pool;
    this.jdbi = Jdbi.create(pool).installPlugin(new PostgresPlugin());
    this.users = new PostgresUsers(jdbi);
    this.negotiations = new PostgresNegotiations(jdbi);
    this.messages = new PostgresMessages(jdbi);
    this.debriefs = new PostgresDebriefs(jdbi);
    this.auditTrail =
        new PostgresAuditTrail(
            jdbi, options.auditQueueCapacity(), options.auditBatchSize(), Duration.ofSeconds(2));
  }

  /** Connects, migrates and returns the storage; fails if the database cannot be reached. */
  public static PostgresStorage open(DatabaseUrl url, Options options) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url.jdbcUrl());
    if (url.user() != null) {
      config.setUsername(url.user());
    }
    if (url.password() != null) {
      config.setPassword(url.password());
    }
    config.setMaximumPoolSize(options.maxConnections());
    // Connections are opened as needed: a pool filling itself in the background slows start and
    // close, and idle connections cost the database memory.
    config.setMinimumIdle(Math.min(2, options.maxConnections()));
    config.setConnectionTimeout(options.connectTimeout().toMillis());
    config.setPoolName("parley-postgres");
    HikariDataSource pool = new HikariDataSource(config);
    try {
      Flyway.configure()
          .dataSource(pool)
          .locations("classpath:db/migration")
          .failOnMissingLocations(true)
          .load()
          .migrate();
      return new PostgresStorage(pool, options);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  public static PostgresStorage open(DatabaseUrl url) {
    return open(url, Options.DEFAULTS);
  }

  public UserRepository users() {
    return users;
  }

  public NegotiationRepository negotiations() {
    return negotiations;
  }

  public DebriefRepository debriefs() {
    return debriefs;
  }

  public MessageRepository messages() {
    return messages;
  }

  /** Asynchronous and batched; {@link #close} writes what is still queued. */
  public AuditTrail auditTrail() {
    return auditTrail;
  }

  /** Audit events that could not be written (for metrics). */
  public long droppedAuditEvents() {
    return auditTrail.dropped();
  }

  Jdbi jdbi() {
    return jdbi;
  }

  /** True when a trivial query answers within a second (the health check). */
  public boolean isReachable() {
    try {
      return jdbi.withHandle(
          h -> {
            h.execute("set local statement_timeout = 1000");
            return h.createQuery("select 1").mapTo(Integer.class).one() == 1;
          });
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    auditTrail.close();
    pool.close();
  }

  /** Pool tuning. */
  public record Options(
      int maxConnections, Duration connectTimeout, int auditQueueCapacity, int auditBatchSize) {
    public static final Options DEFAULTS = new Options(10, Duration.ofSeconds(10), 10_000, 500);
  }
}
