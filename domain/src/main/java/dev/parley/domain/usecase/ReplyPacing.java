package dev.parley.domain.usecase;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * How long the AI is shown typing before its reply appears (docs/adr/0005): {@link #BASE} plus
 * {@link #PER_CHARACTER} for each character of the reply, at most {@link #max()} ({@code
 * AI_REPLY_DELAY_MAX_MS}, default 3 s; zero shows replies at once). The room is told that delay as
 * {@code ai-typing.estimated_time}, and the reply is stored and announced once it has passed.
 *
 * <p>The wait happens outside the turn's striped lock, and only where waiting blocks nothing else
 * (the real {@link Pause} waits on virtual threads only; on a platform thread the delay is zero).
 * While a reply of a negotiation is being waited out, the next turn of that negotiation waits for
 * it ({@link #enterTurn}), so replies still come in the order of the messages they answer.
 */
public final class ReplyPacing {

  /** The least a paced reply takes to appear. */
  public static final Duration BASE = Duration.ofMillis(400);

  /** What each character of the reply adds. */
  public static final Duration PER_CHARACTER = Duration.ofMillis(15);

  /** Waits a reply's delay out. */
  public interface Pause {

    /** Whether the current thread may wait: waiting on it must hold up nothing else. */
    boolean mayWaitHere();

    /** Returns once {@code delay} has passed. */
    void await(Duration delay) throws InterruptedException;

    /** Sleeps virtual threads (which frees their carrier); never waits on a platform thread. */
    Pause ON_VIRTUAL_THREADS =
        new Pause() {
          @Override
          public boolean mayWaitHere() {
            return Thread.currentThread().isVirtual();
          }

          @Override
          public void await(Duration delay) throws InterruptedException {
            Thread.sleep(delay);
          }
        };
  }

  private final Duration max;
  private final Pause pause;

  /** The negotiations whose reply is being waited out on this node, until that turn ends. */
  private final Map<UUID, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

  public ReplyPacing(Duration max, Pause pause) {
    if (max.isNegative()) {
      throw new IllegalArgumentException("the reply delay must not be negative");
    }
    this.max = max;
    this.pause = Objects.requireNonNull(pause, "pause");
  }

  /** The settings' delay ({@link Settings#aiReplyDelayMax()}), waited on virtual threads. */
  public static ReplyPacing of(Settings settings) {
    return new ReplyPacing(settings.aiReplyDelayMax(), Pause.ON_VIRTUAL_THREADS);
  }

  /** The longest delay of a reply. */
  public Duration max() {
    return max;
  }

  /**
   * How long the AI is shown typing {@code text}: proportional to its length, at most {@link
   * #max()}; zero when pacing is off or this thread may not wait.
   */
  public Duration delayFor(String text) {
    if (max.isZero() || !pause.mayWaitHere()) {
      return Duration.ZERO;
    }
    long characters = text.codePointCount(0, text.length());
    Duration paced = BASE.plus(PER_CHARACTER.multipliedBy(characters));
    return paced.compareTo(max) > 0 ? max : paced;
  }

  /**
   * Takes {@code turnLock} for a turn of {@code negotiationId}, once no reply of that negotiation
   * is being waited out; the caller ends the turn with {@link #endTurn} before unlocking.
   */
  void enterTurn(UUID negotiationId, ReentrantLock turnLock) throws InterruptedException {
    while (true) {
      CompletableFuture<Void> pending = waiting.get(negotiationId);
      if (pending != null) {
        try {
          pending.get();
        } catch (ExecutionException e) {
          // never completed exceptionally
        }
      }
      turnLock.lock();
      if (!waiting.containsKey(negotiationId)) {
        return;
      }
      // a turn of it began waiting between our look and the lock: wait for it too
      turnLock.unlock();
    }
  }

  /**
   * Waits {@code delay} out without {@code turnLock} (held by this turn), which is held again on
   * return, also when interrupted. The next turn of the negotiation waits until {@link #endTurn}.
   */
  void awaitWithoutLock(UUID negotiationId, Duration delay, ReentrantLock turnLock)
      throws InterruptedException {
    waiting.putIfAbsent(negotiationId, new CompletableFuture<>());
    int holds = turnLock.getHoldCount();
    for (int i = 0; i < holds; i++) {
      turnLock.unlock();
    }
    try {
      pause.await(delay);
    } finally {
      for (int i = 0; i < holds; i++) {
        turnLock.lock();
      }
    }
  }

  /** The turn of {@code negotiationId} (holding its lock) is over; a waiting next turn may go. */
  void endTurn(UUID negotiationId) {
    CompletableFuture<Void> pending = waiting.remove(negotiationId);
    if (pending != null) {
      pending.complete(null);
    }
  }
}
