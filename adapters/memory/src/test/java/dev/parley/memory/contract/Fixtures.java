package dev.parley.memory.contract;

import dev.parley.domain.account.User;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.scenario.Scenario;
import dev.parley.scenarios.ScenarioLibrary;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Test data shared by the contract suites. Instants are whole milliseconds, as databases keep. */
final class Fixtures {
  static final Instant T0 = Instant.parse("2026-02-01T09:00:00Z");
  static final Scenario SCENARIO = ScenarioLibrary.builtIn().all().get(0);

  private Fixtures() {}

  static User user(Stores stores, String email) {
    User user =
        new User(
            UUID.randomUUID(),
            email,
            "$2b$04$not-a-real-hash",
            "Name of " + email,
            Instant.now().truncatedTo(ChronoUnit.MILLIS));
    stores.users().add(user);
    return user;
  }

  static Negotiation negotiation(Stores stores, User owner, Instant startedAt) {
    Negotiation negotiation =
        Negotiation.start(UUID.randomUUID(), owner.id(), SCENARIO, "persona-x", startedAt);
    stores.negotiations().create(negotiation);
    return negotiation;
  }
}
