package dev.parley.domain.port;

import dev.parley.domain.debrief.Debrief;
import java.util.Optional;
import java.util.UUID;

/** Keeps each finished negotiation's debrief, written once at its ending. */
public interface DebriefRepository {

  /** Stores the debrief of {@code negotiationId}; a second save for it replaces nothing. */
  void save(UUID negotiationId, Debrief debrief);

  Optional<Debrief> find(UUID negotiationId);

  /**
   * Keeps nothing: every read finds none and the debrief is produced again from the transcript. For
   * wiring that does not test storage.
   */
  static DebriefRepository keepingNothing() {
    return new DebriefRepository() {
      @Override
      public void save(UUID negotiationId, Debrief debrief) {}

      @Override
      public Optional<Debrief> find(UUID negotiationId) {
        return Optional.empty();
      }
    };
  }
}
