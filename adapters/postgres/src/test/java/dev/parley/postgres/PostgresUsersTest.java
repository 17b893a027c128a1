package dev.parley.postgres;

import dev.parley.domain.account.UserRepository;
import dev.parley.memory.contract.UserRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

class PostgresUsersTest extends UserRepositoryContract {
  static TestDatabase database;
  static PostgresStorage storage;

  @BeforeAll
  static void open() {
    database = TestDatabase.freshSchema();
    storage = PostgresStorage.open(database.url());
  }

  @AfterEach
  void empty() {
    org.jdbi.v3.core.Jdbi.create(
            database.url().jdbcUrl(), database.url().user(), database.url().password())
        .useHandle(h -> h.execute("truncate users cascade"));
  }

  @AfterAll
  static void close() {
    storage.close();
    database.close();
  }

  @Override
  protected UserRepository newRepository() {
    return storage.users();
  }
}
