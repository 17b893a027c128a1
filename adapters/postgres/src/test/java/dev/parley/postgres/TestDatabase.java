package dev.parley.postgres;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL that ops/test starts. Each caller gets its own fresh schema, dropped on close, so
 * test runs are repeatable and do not see each other. Fails (never skips) without the database.
 */
public final class TestDatabase implements AutoCloseable {
  public static final String VARIABLE = "PARLEY_TEST_DATABASE_URL";

  private final DatabaseUrl server;
  private final String schema;

  private TestDatabase(DatabaseUrl server, String schema) {
    this.server = server;
    this.schema = schema;
  }

  public static DatabaseUrl serverUrl() {
    String raw = System.getenv(VARIABLE);
    if (raw == null || raw.isBlank()) {
      fail(
          VARIABLE
              + " is not set: these tests need PostgreSQL. Run ops/test, or run"
              + " ops/services/10-postgres.sh and export the line it writes to var/test.env");
    }
    return DatabaseUrl.parse(raw);
  }

  /** A new, empty schema on the test server; the URL given by {@link #url()} uses it. */
  public static TestDatabase freshSchema() {
    String schema =
        "t_"
            + UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, 16)
                .toLowerCase(Locale.ROOT);
    TestDatabase db = new TestDatabase(serverUrl(), schema);
    db.sql("create schema " + schema);
    return db;
  }

  public DatabaseUrl url() {
    return server.withSchema(schema);
  }

  public String schema() {
    return schema;
  }

  private void sql(String statement) {
    try (var connection =
            DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
        var st = connection.createStatement()) {
      st.execute(statement);
    } catch (SQLException e) {
      fail("PostgreSQL at " + server + " refused `" + statement + "`: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    sql("drop schema if exists " + schema + " cascade");
  }
}
