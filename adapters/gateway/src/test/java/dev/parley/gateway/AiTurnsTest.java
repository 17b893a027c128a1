package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.negotiation.Phase;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.port.IdGenerator;
import dev.parley.domain.port.Leases;
import dev.parley.domain.port.RoomEvents;
import dev.parley.domain.result.Result;
import dev.parley.domain.scoring.Scoring;
import dev.parley.domain.usecase.Ports;
import dev.parley.domain.usecase.ProducingTheAiTurn;
import dev.parley.domain.usecase.ReplyPacing;
import dev.parley.domain.usecase.Settings;
import dev.parley.domain.usecase.UseCases;
import dev.parley.memory.InMemoryAuditTrail;
import dev.parley.memory.InMemoryLeases;
import dev.parley.memory.InMemoryMessages;
import dev.parley.memory.InMemoryNegotiations;
import dev.parley.memory.InMemoryPersonaCatalogue;
import dev.parley.memory.InMemoryRateLimiter;
import dev.parley.memory.InMemoryRoomPresence;
import dev.parley.reader.OfferReading;
import dev.parley.scenarios.ScenarioLibrary;
import dev.parley.socketio.SocketIoOptions;
import dev.parley.socketio.SocketIoServer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An AI turn waits while another node holds its negotiation's lease, then runs once; a paced reply
 * is waited out on the turn's virtual thread, announced with its real delay.
 */
class AiTurnsTest {
  final AtomicInteger replies = new AtomicInteger();
  final SocketIoServer io = new SocketIoServer(SocketIoOptions.defaults());
  final NegotiationRooms rooms = new NegotiationRooms(io.of("/"));
  // both "nodes" share these leases, as nodes share Redis
  final InMemoryLeases leases = new InMemoryLeases(Clock.systemUTC());
  final UseCases useCases =
      UseCases.wire(
          new Ports(
              new InMemoryNegotiations(),
              new InMemoryMessages(),
              new InMemoryAuditTrail(100),
              new InMemoryRateLimiter(Clock.systemUTC()),
              rooms,
              new InMemoryRoomPresence(),
              new InMemoryPersonaCatalogue(List.of(countingPersona())),
              ScenarioLibrary.builtIn(),
              IdGenerator.random(),
              Clock.systemUTC()),
          TestSettings.useCases(),
          new OfferReading());
  final AiTurns aiTurns =
      new AiTurns(useCases.producingTheAiTurn(), rooms, leases, Clock.systemUTC());

  @AfterEach
  void stop() {
    aiTurns.close();
    io.close();
  }

  Persona countingPersona() {
    return TestPersona.answering(
        "counting",
        turn -> {
          replies.incrementAndGet();
          return new PersonaReply("Noted.", "-", Phase.DISCUSSION, 0.5, new Move.Talk());
        });
  }

  @Test
  void a_turn_waits_for_the_lease_another_node_holds_and_then_runs_once() throws Exception {
    Negotiation negotiation =
        ((Result.Ok<Negotiation>)
                useCases.starting().start(UUID.randomUUID(), "salary-offer", "counting"))
            .value();
    Leases.Lease otherNode =
        leases.tryAcquire("ai-turn:" + negotiation.id(), Duration.ofMinutes(1)).orElseThrow();

    aiTurns.answer(negotiation.id(), new Move.Talk(), true, "send-message", "socket-1");
    Thread.sleep(400);
    int whileHeld = replies.get();
    otherNode.close();
    for (int i = 0; i < 100 && replies.get() == 0; i++) {
      Thread.sleep(20);
    }
    Thread.sleep(200);

    assertThat(whileHeld).as("replies while the other node held the lease").isZero();
    assertThat(replies.get()).isEqualTo(1);
    assertThat(leases.tryAcquire("ai-turn:" + negotiation.id(), Duration.ofSeconds(1)))
        .as("released after the turn")
        .isPresent();
  }

  @Test
  void a_paced_reply_is_waited_out_on_a_virtual_thread_and_announced_with_its_delay()
      throws Exception {
    List<String> told = new CopyOnWriteArrayList<>();
    List<Duration> estimates = new CopyOnWriteArrayList<>();
    List<Duration> waited = new CopyOnWriteArrayList<>();
    List<Boolean> onVirtualThread = new CopyOnWriteArrayList<>();
    CountDownLatch typingStopped = new CountDownLatch(1);
    RoomEvents room =
        new RoomEvents() {
          @Override
          public void messageReceived(Message message) {
            told.add("message-received");
          }

          @Override
          public void aiTyping(UUID negotiationId, boolean typing, Duration estimatedTime) {
            told.add("ai-typing " + typing);
            if (typing) {
              estimates.add(estimatedTime);
            } else {
              typingStopped.countDown();
            }
          }

          @Override
          public void aiMessage(Message message) {
            told.add("ai-message");
          }

          @Override
          public void negotiationUpdate(Negotiation negotiation) {}
        };
    // waits no wall-clock time: it records the delay and the thread it would have waited on
    ReplyPacing.Pause recorded =
        new ReplyPacing.Pause() {
          @Override
          public boolean mayWaitHere() {
            return ReplyPacing.Pause.ON_VIRTUAL_THREADS.mayWaitHere();
          }

          @Override
          public void await(Duration delay) {
            waited.add(delay);
            onVirtualThread.add(Thread.currentThread().isVirtual());
          }
        };
    Ports ports =
        new Ports(
            new InMemoryNegotiations(),
            new InMemoryMessages(),
            new InMemoryAuditTrail(100),
            new InMemoryRateLimiter(Clock.systemUTC()),
            room,
            new InMemoryRoomPresence(),
            new InMemoryPersonaCatalogue(List.of(countingPersona())),
            ScenarioLibrary.builtIn(),
            IdGenerator.random(),
            Clock.systemUTC());
    Settings settings = TestSettings.useCases().withAiReplyDelayMax(Duration.ofSeconds(3));
    ProducingTheAiTurn paced =
        new ProducingTheAiTurn(
            ports,
            settings,
            new Scoring(),
            task -> Thread.ofVirtual().start(task),
            new ReplyPacing(settings.aiReplyDelayMax(), recorded));
    Negotiation negotiation =
        ((Result.Ok<Negotiation>)
                UseCases.wire(ports, settings, new OfferReading())
                    .starting()
                    .start(UUID.randomUUID(), "salary-offer", "counting"))
            .value();

    try (AiTurns turns = new AiTurns(paced, rooms, leases, Clock.systemUTC())) {
      turns.answer(negotiation.id(), new Move.Talk(), true, "send-message", "socket-1");
      assertThat(typingStopped.await(10, TimeUnit.SECONDS)).isTrue();
    }

    // "Noted." is 6 characters: 400 ms + 6 x 15 ms
    assertThat(waited).containsExactly(Duration.ofMillis(490));
    assertThat(estimates).isEqualTo(waited);
    assertThat(onVirtualThread).containsExactly(true);
    assertThat(told).containsExactly("ai-typing true", "ai-message", "ai-typing false");
  }
}
