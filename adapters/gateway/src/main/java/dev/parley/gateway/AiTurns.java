package dev.parley.gateway;

import dev.parley.domain.persona.Move;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Rejection;
import dev.parley.domain.result.Result;
import dev.parley.domain.usecase.Caller;
import dev.parley.domain.usecase.ProducingTheAiTurn;
import dev.parley.domain.usecase.ProducingTheAiTurn.AiTurn;
import java.time.Clock;
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
 * that caused it with an {@code error} event; the person's message is already stored.
 */
final class AiTurns implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(AiTurns.class.getName());

  /** Refusals worth telling the room; an ended negotiation was announced by its update. */
  private static final Set<ErrorCode> REPORTED =
      Set.of(ErrorCode.AI_TIMEOUT, ErrorCode.AI_UNAVAILABLE, ErrorCode.INTERNAL_ERROR);

  private final ProducingTheAiTurn producing;
  private final NegotiationRooms rooms;
  private final Clock clock;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final Map<UUID, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

  AiTurns(ProducingTheAiTurn producing, NegotiationRooms rooms, Clock clock) {
    this.producing = producing;
    this.rooms = rooms;
    this.clock = clock;
  }

  /** The persona answers {@code latestMove}, the move the person's {@code event} just made. */
  void answer(UUID negotiationId, Move latestMove, String event, String socketId) {
    enqueue(
        negotiationId,
        () -> {
          Result<AiTurn> turn = producing.produce(negotiationId, latestMove);
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
          try {
            turn.run();
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

  /** Lets running turns finish for a moment, then stops. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
