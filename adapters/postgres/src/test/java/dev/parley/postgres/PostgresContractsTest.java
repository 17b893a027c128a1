package dev.parley.postgres;

import dev.parley.domain.account.UserRepository;
import dev.parley.domain.port.AuditEvent;
import dev.parley.domain.port.AuditTrail;
import dev.parley.memory.contract.AuditTrailContract;
import dev.parley.memory.contract.DebriefRepositoryContract;
import dev.parley.memory.contract.MessageRepositoryContract;
import dev.parley.memory.contract.NegotiationRepositoryContract;
import dev.parley.memory.contract.Stores;
import dev.parley.memory.contract.UserRepositoryContract;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;

/** The shared port contracts, run against PostgreSQL (a fresh schema, emptied before each test). */
class PostgresContractsTest {
  static TestDatabase database;
  static PostgresStorage storage;

  @BeforeAll
  static void open() {
    database = TestDatabase.freshSchema();
    storage =
        PostgresStorage.open(
            database.url(), new PostgresStorage.Options(12, Duration.ofSeconds(5), 10_000, 500));
  }

  @AfterAll
  static void close() {
    storage.close();
    database.close();
  }

  static Stores emptiedStores() {
    storage
        .jdbi()
        .useHandle(
            h -> h.execute("truncate users, negotiations, messages, debriefs, audit_events"));
    return new Stores(
        storage.users(), storage.negotiations(), storage.messages(), storage.debriefs());
  }

  @Nested
  class Users extends UserRepositoryContract {
    @Override
    protected UserRepository newRepository() {
      return emptiedStores().users();
    }
  }

  @Nested
  class Negotiations extends NegotiationRepositoryContract {
    @Override
    protected Stores newStores() {
      return emptiedStores();
    }
  }

  @Nested
  class Messages extends MessageRepositoryContract {
    @Override
    protected Stores newStores() {
      return emptiedStores();
    }
  }

  @Nested
  class Debriefs extends DebriefRepositoryContract {
    @Override
    protected Stores newStores() {
      return emptiedStores();
    }
  }

  @Nested
  class Audit extends AuditTrailContract {
    @Override
    protected AuditTrail newTrail() {
      emptiedStores();
      // A small queue, so that concurrent recorders also meet a full queue and wait for the writer.
      return new PostgresAuditTrail(storage.jdbi(), 100, 50, Duration.ofSeconds(10));
    }

    @Override
    protected List<AuditEvent> closeAndReadBack(AuditTrail trail) {
      ((PostgresAuditTrail) trail).close();
      return storage
          .jdbi()
          .withHandle(
              h ->
                  h.createQuery(
                          "select occurred_at, user_id, socket_id, ip, event, negotiation_id,"
                              + " outcome, detail from audit_events")
                      .map(
                          (rs, ctx) ->
                              new AuditEvent(
                                  Optional.ofNullable(rs.getObject("user_id", UUID.class)),
                                  rs.getString("socket_id"),
                                  rs.getString("ip"),
                                  rs.getString("event"),
                                  Optional.ofNullable(rs.getObject("negotiation_id", UUID.class)),
                                  rs.getString("outcome"),
                                  rs.getString("detail"),
                                  rs.getTimestamp("occurred_at").toInstant()))
                      .list());
    }
  }
}
