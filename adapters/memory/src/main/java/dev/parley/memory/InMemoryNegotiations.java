package dev.parley.memory;

import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.port.NegotiationRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Negotiations in a map; saves compare versions atomically per negotiation. */
public final class InMemoryNegotiations implements NegotiationRepository {
  private static final Comparator<Negotiation> NEWEST_FIRST =
      Comparator.comparing(Negotiation::createdAt)
          .reversed()
          .thenComparing(Negotiation::id, Comparator.reverseOrder());

  private final ConcurrentMap<UUID, Negotiation> byId = new ConcurrentHashMap<>();

  @Override
  public void create(Negotiation negotiation) {
    if (byId.putIfAbsent(negotiation.id(), negotiation) != null) {
      throw new IllegalStateException("negotiation " + negotiation.id() + " already exists");
    }
  }

  @Override
  public Optional<Negotiation> findById(UUID id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public Optional<Negotiation> findByIdAndOwner(UUID id, UUID userId) {
    return findById(id).filter(n -> n.ownedBy(userId));
  }

  @Override
  public List<Negotiation> listByOwner(UUID userId) {
    return byId.values().stream().filter(n -> n.ownedBy(userId)).sorted(NEWEST_FIRST).toList();
  }

  @Override
  public List<Negotiation> listExpiringBy(Instant now, int limit) {
    return byId.values().stream()
        .filter(n -> !n.status().isFinal() && !n.expiresAt().isAfter(now))
        .sorted(Comparator.comparing(Negotiation::expiresAt).thenComparing(Negotiation::id))
        .limit(limit)
        .toList();
  }

  @Override
  public SaveOutcome save(Negotiation negotiation) {
    SaveOutcome[] outcome = new SaveOutcome[1];
    byId.compute(
        negotiation.id(),
        (id, stored) -> {
          if (stored == null) {
            outcome[0] = new SaveOutcome.Missing();
            return null;
          }
          if (stored.version() != negotiation.version()) {
            outcome[0] = new SaveOutcome.Conflict(stored);
            return stored;
          }
          Negotiation saved = negotiation.withVersion(negotiation.version() + 1);
          outcome[0] = new SaveOutcome.Saved(saved);
          return saved;
        });
    return outcome[0];
  }
}
