package dev.parley.memory;

import dev.parley.domain.port.AuditEvent;
import dev.parley.domain.port.AuditTrail;
import dev.parley.domain.port.Leases;
import dev.parley.domain.port.RateLimiter;
import dev.parley.domain.port.RoomPresence;
import dev.parley.memory.contract.AuditTrailContract;
import dev.parley.memory.contract.DebriefRepositoryContract;
import dev.parley.memory.contract.LeasesContract;
import dev.parley.memory.contract.MessageRepositoryContract;
import dev.parley.memory.contract.MovableClock;
import dev.parley.memory.contract.NegotiationRepositoryContract;
import dev.parley.memory.contract.RateLimiterContract;
import dev.parley.memory.contract.RoomPresenceContract;
import dev.parley.memory.contract.Stores;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;

/** The shared port contracts, run against the in-memory adapters. */
class InMemoryContractsTest {
  static Stores freshStores() {
    return new Stores(
        new InMemoryUsers(),
        new InMemoryNegotiations(),
        new InMemoryMessages(),
        new InMemoryDebriefs());
  }

  @Nested
  class Negotiations extends NegotiationRepositoryContract {
    @Override
    protected Stores newStores() {
      return freshStores();
    }
  }

  @Nested
  class Messages extends MessageRepositoryContract {
    @Override
    protected Stores newStores() {
      return freshStores();
    }
  }

  @Nested
  class Debriefs extends DebriefRepositoryContract {
    @Override
    protected Stores newStores() {
      return freshStores();
    }
  }

  @Nested
  class Audit extends AuditTrailContract {
    @Override
    protected AuditTrail newTrail() {
      return new InMemoryAuditTrail(10_000);
    }

    @Override
    protected List<AuditEvent> closeAndReadBack(AuditTrail trail) {
      return ((InMemoryAuditTrail) trail).events();
    }
  }

  @Nested
  class RateLimits extends RateLimiterContract {
    final MovableClock clock = new MovableClock();

    @Override
    protected RateLimiter newLimiter() {
      return new InMemoryRateLimiter(clock);
    }

    @Override
    protected void advance(Duration duration) {
      clock.advance(duration);
    }
  }

  @Nested
  class Presence extends RoomPresenceContract {
    @Override
    protected RoomPresence newPresence() {
      return new InMemoryRoomPresence();
    }
  }

  @Nested
  class LeasesOnOneNode extends LeasesContract {
    @Override
    protected Leases newLeases() {
      return new InMemoryLeases(Clock.systemUTC());
    }
  }
}
