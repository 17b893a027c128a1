package dev.parley.domain.port;

import java.util.UUID;

/** Makes ids for new negotiations and messages; a port so tests can make them predictable. */
@FunctionalInterface
public interface IdGenerator {
  UUID next();

  static IdGenerator random() {
    return UUID::randomUUID;
  }
}
