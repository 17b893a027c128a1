package dev.parley.memory.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.port.Leases;
import dev.parley.domain.port.Leases.Lease;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Leases} promises, on real time. */
public abstract class LeasesContract {
  private Leases leases;
  private String name;

  protected abstract Leases newLeases();

  @BeforeEach
  void setUp() {
    leases = newLeases();
    name = "test:" + UUID.randomUUID();
  }

  @Test
  void a_held_lease_is_refused_to_everyone_else() {
    Optional<Lease> first = leases.tryAcquire(name, Duration.ofMinutes(1));

    assertThat(first).isPresent();
    assertThat(leases.tryAcquire(name, Duration.ofMinutes(1))).isEmpty();
    assertThat(leases.tryAcquire(name + ":other", Duration.ofMinutes(1))).isPresent();
  }

  @Test
  void a_released_lease_can_be_taken_again() {
    leases.tryAcquire(name, Duration.ofMinutes(1)).orElseThrow().close();

    assertThat(leases.tryAcquire(name, Duration.ofMinutes(1))).isPresent();
  }

  @Test
  void a_lease_whose_holder_never_releases_it_runs_out() throws InterruptedException {
    assertThat(leases.tryAcquire(name, Duration.ofMillis(100))).isPresent();

    Thread.sleep(250);

    assertThat(leases.tryAcquire(name, Duration.ofMinutes(1))).isPresent();
  }

  @Test
  void releasing_a_lease_that_ran_out_leaves_the_next_holder_alone() throws InterruptedException {
    Lease lapsed = leases.tryAcquire(name, Duration.ofMillis(100)).orElseThrow();
    Thread.sleep(250);
    Lease current = leases.tryAcquire(name, Duration.ofMinutes(1)).orElseThrow();

    lapsed.close();

    assertThat(leases.tryAcquire(name, Duration.ofMinutes(1))).isEmpty();
    current.close();
  }
}
