package dev.parley.memory;

import dev.parley.domain.debrief.Debrief;
import dev.parley.domain.port.DebriefRepository;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Debriefs by negotiation; the first one written for a negotiation is kept. */
public final class InMemoryDebriefs implements DebriefRepository {
  private final ConcurrentMap<UUID, Debrief> byNegotiation = new ConcurrentHashMap<>();

  @Override
  public void save(UUID negotiationId, Debrief debrief) {
    byNegotiation.putIfAbsent(negotiationId, debrief);
  }

  @Override
  public Optional<Debrief> find(UUID negotiationId) {
    return Optional.ofNullable(byNegotiation.get(negotiationId));
  }
}
