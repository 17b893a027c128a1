package dev.parley.domain.port;

import dev.parley.domain.negotiation.Negotiation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where negotiations are kept. Implementations must agree on the behaviour stated here. */
public interface NegotiationRepository {

  /**
   * Stores a new negotiation as given (its version is normally 0).
   *
   * @throws IllegalStateException when a negotiation with the same id exists
   */
  void create(Negotiation negotiation);

  Optional<Negotiation> findById(UUID id);

  /** The negotiation only if it belongs to {@code userId}; another user's looks absent. */
  Optional<Negotiation> findByIdAndOwner(UUID id, UUID userId);

  /** The user's negotiations, newest first. */
  List<Negotiation> listByOwner(UUID userId);

  /**
   * At most {@code limit} of the user's negotiations, newest first ({@link #listByOwner}'s order),
   * starting after {@code after} when given. Stores with an index on that order override this.
   */
  default List<Negotiation> pageByOwner(UUID userId, Optional<OwnerPosition> after, int limit) {
    return listByOwner(userId).stream()
        .filter(n -> after.map(position -> position.isBefore(n)).orElse(true))
        .limit(limit)
        .toList();
  }

  /** How many of the user's negotiations are still open (active or paused). */
  default int countOpenByOwner(UUID userId) {
    return (int) listByOwner(userId).stream().filter(n -> !n.status().isFinal()).count();
  }

  /**
   * A place in a user's list, newest first: the negotiation a page ended with.
   *
   * @param createdAt that negotiation's creation time
   * @param id its id, which orders negotiations created at the same instant (larger first)
   */
  record OwnerPosition(Instant createdAt, UUID id) {
    public static OwnerPosition of(Negotiation last) {
      return new OwnerPosition(last.createdAt(), last.id());
    }

    /** Whether {@code later} comes after this place in newest-first order. */
    public boolean isBefore(Negotiation later) {
      int byTime = later.createdAt().compareTo(createdAt);
      return byTime < 0 || (byTime == 0 && later.id().compareTo(id) < 0);
    }
  }

  /**
   * Active or paused negotiations whose {@code expiresAt} is at or before {@code now}, oldest
   * expiry first, at most {@code limit}.
   */
  List<Negotiation> listExpiringBy(Instant now, int limit);

  /**
   * Saves a changed negotiation if the stored one still has {@code negotiation.version()}; the
   * stored copy then has version + 1 and is returned in {@link SaveOutcome.Saved}. Otherwise
   * nothing is written and {@link SaveOutcome.Conflict} (or {@link SaveOutcome.Missing}) says why.
   */
  SaveOutcome save(Negotiation negotiation);

  /** What a {@link #save} did. */
  sealed interface SaveOutcome {
    /** Stored; {@code negotiation} carries the new version. */
    record Saved(Negotiation negotiation) implements SaveOutcome {}

    /** Someone else saved first; {@code current} is what is stored now. */
    record Conflict(Negotiation current) implements SaveOutcome {}

    /** No negotiation with that id is stored. */
    record Missing() implements SaveOutcome {}
  }
}
