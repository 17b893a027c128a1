package dev.parley.gateway;

import dev.parley.domain.negotiation.PendingConfirmation;
import dev.parley.domain.persona.Move;
import dev.parley.domain.port.Leases;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Rejection;
import dev.parley.domain.result.Result;
import dev.parley.domain.usecase.Caller;
import dev.parley.domain.usecase.ProducingTheAiTurn;
import dev.parley.domain.usecase.ProducingTheAiTurn.AiTurn;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the AI's turns off the sockets' own queues (a persona may take up to its deadline, and the
 * person's other events must not wait for it), one at a time per negotiation so replies come in the
 * order of the messages they answer. A turn that fails tells the negotiation's room and the socket
 * that caused it with an {@code error} event; the person's message is already stored. Across nodes
 * the turns of one negotiation also take turns: each holds the negotiation's lease while it runs.
 */
final class AiTurns implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(AiTurns.class.getName());

  /** Refusals worth telling the room; an ended negotiation was announced by its update. */
  private static final Set<ErrorCode> REPORTED =
      Set.of(ErrorCode.AI_TIMEOUT, ErrorCode.AI_UNAVAILABLE, ErrorCode.INTERNAL_ERROR);

  /**
   * How long a node that died mid-turn can hold up the negotiation's next turn, past the deadline
   * and the reply's delay.
   */
  private static final Duration LEASE_MARGIN = Duration.ofSeconds(10);

  private static final Duration LEASE_POLL = Duration.ofMillis(50);

  /** Past the AI deadline, what storing and announcing a failed turn may take. */
  private static final Duration CLOSING_MARGIN = Duration.ofSeconds(2);

  private final ProducingTheAiTurn producing;
  private final NegotiationRooms rooms;
  private final Leases leases;
  private final Clock clock;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final Map<UUID, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

  AiTurns(ProducingTheAiTurn producing, NegotiationRooms rooms, Leases leases, Clock clock) {
    this.producing = producing;
    this.rooms = rooms;
    this.leases = leases;
    this.clock = clock;
  }

  /**
   * The persona answers {@code latestMove}, the move the person's {@code event} just made ({@code
   * readFromChat} when it was read from a chat message).
   */
  void answer(
      UUID negotiationId, Move latestMove, boolean readFromChat, String event, String socketId) {
    enqueue(
        negotiationId,
        () -> {
          Result<AiTurn> turn = producing.produce(negotiationId, latestMove, readFromChat);
          if (turn instanceof Result.Refused<AiTurn> refused
              && REPORTED.contains(refused.rejection().code())) {
            reportFailure(negotiationId, refused.rejection(), event, socketId);
          }
        });
  }

  /** The AI asks the person to confirm {@code pending}, a proposal the reader was unsure of. */
  void check(UUID negotiationId, PendingConfirmation pending, String event, String socketId) {
    enqueue(
        negotiationId,
        () -> {
          Result<AiTurn> turn = producing.check(negotiationId, pending);
          if (turn instanceof Result.Refused<AiTurn> refused
              && REPORTED.contains(refused.rejection().code())) {
            reportFailure(negotiationId, refused.rejection(), event, socketId);
          }
        });
  }

  /** The dev event: the persona answers now; {@code then} gets the outcome for the caller. */
  void triggerForDevelopment(Caller caller, UUID negotiationId, Consumer<Result<AiTurn>> then) {
    enqueue(
        negotiationId, () -> then.accept(producing.triggerForDevelopment(caller, negotiationId)));
  }

  private void reportFailure(
      UUID negotiationId, Rejection rejection, String event, String socketId) {
    rooms
        .namespace()
        .to(NegotiationRooms.roomOf(negotiationId), socketId)
        .emit(
            "error",
            ContractViews.error(rejection, event, Optional.of(negotiationId), clock.instant()));
  }

  private void enqueue(UUID negotiationId, Runnable turn) {
    Runnable guarded =
        () -> {
          try (Leases.Lease lease = awaitLease(negotiationId)) {
            turn.run();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.log(System.Logger.Level.INFO, "shutting down: no AI turn for " + negotiationId);
          } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "the AI turn of " + negotiationId + " failed", e);
          }
        };
    CompletableFuture<Void> next;
    try {
      next =
          tails.compute(
              negotiationId,
              (id, tail) ->
                  (tail == null ? CompletableFuture.<Void>completedFuture(null) : tail)
                      .thenRunAsync(guarded, executor));
    } catch (RejectedExecutionException e) {
      LOG.log(System.Logger.Level.INFO, "shutting down: no AI turn for " + negotiationId);
      return;
    }
    next.whenComplete((done, failure) -> tails.remove(negotiationId, next));
  }

  /**
   * Waits for the negotiation's lease: another node may be running a turn of it. A lease that is
   * still held once a whole turn could have run was left by a node that died; the turn goes ahead.
   */
  private Leases.Lease awaitLease(UUID negotiationId) throws InterruptedException {
    Duration longest = producing.longestTurn().plus(LEASE_MARGIN);
    long deadline = System.nanoTime() + longest.toNanos();
    String name = "ai-turn:" + negotiationId;
    while (true) {
      Optional<Leases.Lease> lease = leases.tryAcquire(name, longest);
      if (lease.isPresent()) {
        return lease.get();
      }
      if (System.nanoTime() > deadline) {
        LOG.log(
            System.Logger.Level.WARNING,
            "the AI turn lease of " + negotiationId + " is still held; answering without it");
        return () -> {};
      }
      Thread.sleep(LEASE_POLL);
    }
  }

  /**
   * Takes no new turns and lets the running ones finish (a turn ends by its deadline and its
   * reply's delay).
   */
  @Override
  public void close() {
    executor.shutdown();
    try {
      long longest = producing.longestTurn().plus(CLOSING_MARGIN).toMillis();
      if (!executor.awaitTermination(longest, TimeUnit.MILLISECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
