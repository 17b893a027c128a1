package dev.parley.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.User;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PostgresStorageTest {

  @Test
  void data_outlives_the_storage_and_migrations_run_once() throws Exception {
    try (TestDatabase database = TestDatabase.freshSchema()) {
      User ada =
          new User(
              UUID.randomUUID(),
              "ada@example.org",
              "hash",
              "Ada",
              Instant.now().truncatedTo(ChronoUnit.MILLIS));
      try (PostgresStorage first = PostgresStorage.open(database.url())) {
        first.users().add(ada);
        assertThat(first.isReachable()).isTrue();
      }

      try (PostgresStorage second = PostgresStorage.open(database.url())) {
        assertThat(second.users().findById(ada.id())).contains(ada);
        int migrations =
            second
                .jdbi()
                .withHandle(
                    h ->
                        h.createQuery("select count(*) from flyway_schema_history where success")
                            .mapTo(Integer.class)
                            .one());
        // every migration file ran, once, though the storage was opened twice
        assertThat(migrations).isEqualTo(migrationFiles());
      }
    }
  }

  @Test
  void an_unreachable_database_fails_to_open_with_the_drivers_reason() {
    DatabaseUrl nowhere = DatabaseUrl.parse("postgres://parley:parley@127.0.0.1:1/parley");

    assertThatThrownBy(
            () ->
                PostgresStorage.open(
                    nowhere, new PostgresStorage.Options(1, Duration.ofMillis(500), 10, 10)))
        .hasStackTraceContaining("Connection");
  }

  private static int migrationFiles() throws Exception {
    java.nio.file.Path dir =
        java.nio.file.Path.of(PostgresStorage.class.getResource("/db/migration").toURI());
    try (var files = java.nio.file.Files.list(dir)) {
      return (int) files.filter(file -> file.toString().endsWith(".sql")).count();
    }
  }
}
