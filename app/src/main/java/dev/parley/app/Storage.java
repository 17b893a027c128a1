package dev.parley.app;

import dev.parley.domain.account.UserRepository;
import dev.parley.domain.port.AuditTrail;
import dev.parley.domain.port.DebriefRepository;
import dev.parley.domain.port.MessageRepository;
import dev.parley.domain.port.NegotiationRepository;
import dev.parley.http.HealthCheck;
import dev.parley.memory.InMemoryAuditTrail;
import dev.parley.memory.InMemoryDebriefs;
import dev.parley.memory.InMemoryMessages;
import dev.parley.memory.InMemoryNegotiations;
import dev.parley.memory.InMemoryUsers;
import dev.parley.postgres.PostgresStorage;
import java.util.List;
import java.util.Optional;

/** The repositories of the configured storage: PostgreSQL when DATABASE_URL is set, else memory. */
record Storage(
    UserRepository users,
    NegotiationRepository negotiations,
    MessageRepository messages,
    DebriefRepository debriefs,
    AuditTrail audit,
    List<HealthCheck> healthChecks,
    Optional<PostgresStorage> postgres) {

  static Storage of(Configuration config) {
    return config
        .database()
        .map(
            url -> {
              PostgresStorage db = PostgresStorage.open(url);
              return new Storage(
                  db.users(),
                  db.negotiations(),
                  db.messages(),
                  db.debriefs(),
                  db.auditTrail(),
                  List.of(new HealthCheck("database", db::isReachable)),
                  Optional.of(db));
            })
        .orElseGet(
            () ->
                new Storage(
                    new InMemoryUsers(),
                    new InMemoryNegotiations(),
                    new InMemoryMessages(),
                    new InMemoryDebriefs(),
                    new InMemoryAuditTrail(10_000),
                    List.of(),
                    Optional.empty()));
  }

  String describe() {
    return postgres.isPresent() ? "PostgreSQL" : "in-memory (data ends with the process)";
  }

  /** Writes what the audit trail still holds and releases the database. */
  void close() {
    postgres.ifPresent(PostgresStorage::close);
  }
}
