package dev.parley.gateway;

import dev.parley.domain.port.RoomPresence;
import dev.parley.domain.usecase.ExpiringNegotiations;
import dev.parley.domain.usecase.PausingEmptyRooms;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The scheduled work of the contract: every {@code expirySweep} the negotiations past their time
 * limit are expired; a negotiation whose room has stayed empty for {@code roomCleanup} is paused.
 * The use cases decide; this only calls them at the right time.
 */
final class Housekeeping implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(Housekeeping.class.getName());

  private final ExpiringNegotiations expiring;
  private final PausingEmptyRooms pausing;
  private final RoomPresence presence;
  private final GatewaySettings settings;
  private final ScheduledExecutorService timers =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("gateway-housekeeping").daemon().factory());
  private final Map<UUID, ScheduledFuture<?>> pendingPauses = new ConcurrentHashMap<>();

  Housekeeping(
      ExpiringNegotiations expiring,
      PausingEmptyRooms pausing,
      RoomPresence presence,
      GatewaySettings settings) {
    this.expiring = expiring;
    this.pausing = pausing;
    this.presence = presence;
    this.settings = settings;
  }

  void start() {
    long sweep = settings.expirySweep().toMillis();
    timers.scheduleWithFixedDelay(
        () -> guarded("expiry sweep", expiring::expireDue), sweep, sweep, TimeUnit.MILLISECONDS);
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
              guarded("pausing " + negotiationId, () -> pausing.pauseIfStillEmpty(negotiationId));
            },
            settings.roomCleanup().toMillis(),
            TimeUnit.MILLISECONDS);
    ScheduledFuture<?> replaced = pendingPauses.put(negotiationId, pause);
    if (replaced != null) {
      replaced.cancel(false);
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
