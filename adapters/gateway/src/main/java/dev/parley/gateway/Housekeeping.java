package dev.parley.gateway;

import dev.parley.domain.port.Leases;
import dev.parley.domain.port.RoomPresence;
import dev.parley.domain.usecase.ExpiringNegotiations;
import dev.parley.domain.usecase.PausingEmptyRooms;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The scheduled work of the contract: every {@code expirySweep} the negotiations past their time
 * limit are expired; a negotiation whose room has stayed empty for {@code roomCleanup} is paused.
 * The use cases decide; this only calls them at the right time. With many nodes, one sweep per
 * period runs cluster-wide (whoever takes the period's lease) and one node pauses a given room.
 */
final class Housekeeping implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(Housekeeping.class.getName());

  private final ExpiringNegotiations expiring;
  private final PausingEmptyRooms pausing;

  /** Longer than a pause takes; a node dying mid-pause holds the room for this long at most. */
  private static final Duration PAUSE_LEASE = Duration.ofSeconds(30);

  private final RoomPresence presence;
  private final Leases leases;
  private final GatewaySettings settings;
  private final ScheduledExecutorService timers =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("gateway-housekeeping").daemon().factory());
  private final Map<UUID, ScheduledFuture<?>> pendingPauses = new ConcurrentHashMap<>();

  Housekeeping(
      ExpiringNegotiations expiring,
      PausingEmptyRooms pausing,
      RoomPresence presence,
      Leases leases,
      GatewaySettings settings) {
    this.expiring = expiring;
    this.pausing = pausing;
    this.presence = presence;
    this.leases = leases;
    this.settings = settings;
  }

  void start() {
    long sweep = settings.expirySweep().toMillis();
    // the lease is kept, not released: it marks this period as swept for every node
    Duration period = settings.expirySweep().multipliedBy(9).dividedBy(10);
    timers.scheduleWithFixedDelay(
        () ->
            guarded(
                "expiry sweep",
                () -> {
                  if (leases.tryAcquire("expiry-sweep", period).isPresent()) {
                    expiring.expireDue();
                  }
                }),
        sweep,
        sweep,
        TimeUnit.MILLISECONDS);
  }

  /** Someone is in the room: a pause planned for it is off. */
  void roomOccupied(UUID negotiationId) {
    ScheduledFuture<?> planned = pendingPauses.remove(negotiationId);
    if (planned != null) {
      planned.cancel(false);
    }
  }

  /**
   * Someone left the room: if it is empty now, the negotiation pauses unless someone comes back.
   */
  void roomMayBeEmpty(UUID negotiationId) {
    if (presence.participantCount(negotiationId) > 0 || timers.isShutdown()) {
      return;
    }
    ScheduledFuture<?> pause =
        timers.schedule(
            () -> {
              pendingPauses.remove(negotiationId);
              guarded("pausing " + negotiationId, () -> pauseOnce(negotiationId));
            },
            settings.roomCleanup().toMillis(),
            TimeUnit.MILLISECONDS);
    ScheduledFuture<?> replaced = pendingPauses.put(negotiationId, pause);
    if (replaced != null) {
      replaced.cancel(false);
    }
  }

  private void pauseOnce(UUID negotiationId) {
    Optional<Leases.Lease> lease = leases.tryAcquire("pause:" + negotiationId, PAUSE_LEASE);
    if (lease.isEmpty()) {
      return; // another node is pausing it right now
    }
    try (Leases.Lease held = lease.get()) {
      pausing.pauseIfStillEmpty(negotiationId);
    }
  }

  private static void guarded(String what, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      // a failing run must not cancel the schedule: the next one may succeed
      LOG.log(System.Logger.Level.WARNING, what + " failed", e);
    }
  }

  @Override
  public void close() {
    timers.shutdownNow();
    pendingPauses.clear();
  }
}
