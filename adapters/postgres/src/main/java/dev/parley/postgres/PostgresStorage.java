package dev.parley.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.parley.domain.account.UserRepository;
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

  private PostgresStorage(HikariDataSource pool) {
    this.pool = pool;
    this.jdbi = Jdbi.create(pool).installPlugin(new PostgresPlugin());
    this.users = new PostgresUsers(jdbi);
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
      return new PostgresStorage(pool);
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
    pool.close();
  }

  /** Pool tuning. */
  public record Options(int maxConnections, Duration connectTimeout) {
    public static final Options DEFAULTS = new Options(10, Duration.ofSeconds(10));
  }
}
