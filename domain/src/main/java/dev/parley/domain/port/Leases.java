package dev.parley.domain.port;

import java.time.Duration;
import java.util.Optional;

/**
 * Exclusive work across all nodes: while one holder has the lease on a name, nobody else gets it. A
 * lease ends when its holder releases it or, if the holder dies, when its time runs out.
 */
public interface Leases {

  /**
   * The lease on {@code name} for at most {@code duration}, or empty when someone else holds it.
   */
  Optional<Lease> tryAcquire(String name, Duration duration);

  /** A held lease; releasing one that already ran out (and may be someone else's) does nothing. */
  interface Lease extends AutoCloseable {
    @Override
    void close();
  }
}
