package dev.parley.memory;

import dev.parley.domain.port.Leases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Leases among the threads of one node, ending on release or when their time runs out. */
public final class InMemoryLeases implements Leases {
  private final Clock clock;
  private final Map<String, Held> held = new ConcurrentHashMap<>();

  public InMemoryLeases(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Optional<Lease> tryAcquire(String name, Duration duration) {
    Instant now = clock.instant();
    Held mine = new Held(now.plus(duration));
    Held winner =
        held.compute(
            name,
            (key, current) -> current == null || !current.until.isAfter(now) ? mine : current);
    if (winner != mine) {
      return Optional.empty();
    }
    return Optional.of(() -> held.remove(name, mine));
  }

  /** Identity matters: a release removes only the holder's own entry. */
  private static final class Held {
    final Instant until;

    Held(Instant until) {
      this.until = until;
    }
  }
}
