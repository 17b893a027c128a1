package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.negotiation.NegotiationStatus;
import dev.parley.domain.persona.Persona;
import dev.parley.domain.port.IdGenerator;
import dev.parley.domain.port.RoomEvents;
import dev.parley.domain.port.RoomPresence;
import dev.parley.domain.result.Result;
import dev.parley.domain.usecase.Ports;
import dev.parley.domain.usecase.UseCases;
import dev.parley.memory.InMemoryAuditTrail;
import dev.parley.memory.InMemoryLeases;
import dev.parley.memory.InMemoryMessages;
import dev.parley.memory.InMemoryNegotiations;
import dev.parley.memory.InMemoryPersonaCatalogue;
import dev.parley.memory.InMemoryRateLimiter;
import dev.parley.memory.contract.MovableClock;
import dev.parley.reader.OfferReading;
import dev.parley.scenarios.ScenarioLibrary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The scheduled work calls the use cases at the right time: pausing empty rooms, expiring. */
class HousekeepingTest {

  /** Room ports that record what was announced and report the sizes the test sets. */
  static final class Rooms implements RoomEvents, RoomPresence {
    final Map<UUID, Integer> sizes = new ConcurrentHashMap<>();
    final List<String> updates = new CopyOnWriteArrayList<>();

    @Override
    public void messageReceived(Message message) {}

    @Override
    public void aiTyping(UUID negotiationId, boolean typing, Duration estimatedTime) {}

    @Override
    public void aiMessage(Message message) {}

    @Override
    public void negotiationUpdate(Negotiation negotiation) {
      updates.add(negotiation.id() + " " + negotiation.status());
    }

    @Override
    public int participantCount(UUID negotiationId) {
      return sizes.getOrDefault(negotiationId, 0);
    }

    @Override
    public void entered(UUID negotiationId, String connectionId) {
      sizes.merge(negotiationId, 1, Integer::sum);
    }

    @Override
    public void left(UUID negotiationId, String connectionId) {
      sizes.merge(negotiationId, -1, Integer::sum);
    }
  }

  final MovableClock clock = new MovableClock(Instant.now());
  final Rooms rooms = new Rooms();
  // leases run on real time: the sweeps' leases must lapse while the test's clock stands still
  final InMemoryLeases leases = new InMemoryLeases(Clock.systemUTC());
  final InMemoryNegotiations negotiations = new InMemoryNegotiations();
  final UseCases useCases =
      UseCases.wire(
          new Ports(
              negotiations,
              new InMemoryMessages(),
              new InMemoryAuditTrail(100),
              new InMemoryRateLimiter(clock),
              rooms,
              rooms,
              new InMemoryPersonaCatalogue(List.of(silentPersona())),
              ScenarioLibrary.builtIn(),
              IdGenerator.random(),
              clock),
          TestSettings.useCases(),
          new OfferReading());
  final Housekeeping housekeeping =
      new Housekeeping(
          useCases.expiring(),
          useCases.pausing(),
          rooms,
          leases,
          GatewaySettings.defaults()
              .withRoomCleanup(Duration.ofMillis(50))
              .withExpirySweep(Duration.ofMillis(50)));
  final Negotiation negotiation =
      ((Result.Ok<Negotiation>)
              useCases.starting().start(UUID.randomUUID(), "salary-offer", "silent"))
          .value();

  @AfterEach
  void stop() {
    housekeeping.close();
  }

  static Persona silentPersona() {
    return TestPersona.answering(
        "silent",
        turn -> {
          throw new UnsupportedOperationException("never asked here");
        });
  }

  NegotiationStatus status() {
    return negotiations.findById(negotiation.id()).orElseThrow().status();
  }

  static void eventually(Supplier<Boolean> condition) throws InterruptedException {
    for (int i = 0; i < 200 && !condition.get(); i++) {
      Thread.sleep(25);
    }
    assertThat(condition.get()).isTrue();
  }

  @Test
  void a_room_left_empty_pauses_its_negotiation() throws Exception {
    housekeeping.roomMayBeEmpty(negotiation.id());

    eventually(() -> status() == NegotiationStatus.PAUSED);
    assertThat(rooms.updates).contains(negotiation.id() + " PAUSED");
  }

  @Test
  void someone_coming_back_keeps_it_active() throws Exception {
    housekeeping.roomMayBeEmpty(negotiation.id());
    housekeeping.roomOccupied(negotiation.id());
    rooms.sizes.put(negotiation.id(), 1);
    housekeeping.roomMayBeEmpty(negotiation.id());

    Thread.sleep(300);
    assertThat(status()).isEqualTo(NegotiationStatus.ACTIVE);
  }

  @Test
  void the_sweep_expires_negotiations_past_their_time() throws Exception {
    housekeeping.start();
    clock.set(negotiation.expiresAt().plusSeconds(1));

    // the final update follows the save once the debrief is written
    eventually(() -> rooms.updates.contains(negotiation.id() + " EXPIRED"));
    assertThat(status()).isEqualTo(NegotiationStatus.EXPIRED);
    assertThat(negotiations.findById(negotiation.id()).orElseThrow().finalScore()).isPresent();
  }

  @Test
  void a_room_another_node_is_pausing_is_left_to_it() throws Exception {
    var otherNode = leases.tryAcquire("pause:" + negotiation.id(), Duration.ofMinutes(1));
    assertThat(otherNode).isPresent();

    housekeeping.roomMayBeEmpty(negotiation.id());

    Thread.sleep(300);
    assertThat(status()).isEqualTo(NegotiationStatus.ACTIVE);
    assertThat(rooms.updates).isEmpty();
  }

  @Test
  void no_sweep_runs_while_another_node_holds_the_sweep() throws Exception {
    var otherNode = leases.tryAcquire("expiry-sweep", Duration.ofMillis(400));
    assertThat(otherNode).isPresent();
    housekeeping.start();
    clock.set(negotiation.expiresAt().plusSeconds(1));

    Thread.sleep(250);
    assertThat(status()).isEqualTo(NegotiationStatus.ACTIVE);
    eventually(() -> status() == NegotiationStatus.EXPIRED);
  }
}
