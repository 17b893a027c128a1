package dev.parley.plugins.host;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs foreign code on its own virtual thread and waits at most a deadline for it. A call that
 * overruns (or is cancelled) is interrupted and abandoned; if its thread is still running a moment
 * later it ignores interrupts, and the outcome says so: such a thread stays until its process ends.
 */
final class Deadline {

  /** How long an interrupted call has to end before it counts as stuck. */
  static final Duration GRACE = Duration.ofMillis(300);

  /** How a bounded call ended. */
  sealed interface Outcome<T> {
    record Done<T>(T value) implements Outcome<T> {}

    record Threw<T>(Throwable cause) implements Outcome<T> {}

    /** Overran or was cancelled; {@code stuck} when its thread ignored the interrupt. */
    record TimedOut<T>(boolean stuck) implements Outcome<T> {}
  }

  /** A call under way: await it, or cancel it from another thread. */
  static final class Call<T> {
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final Thread worker;

    private Call(String threadName, Supplier<T> work) {
      worker =
          Thread.ofVirtual()
              .name(threadName)
              .unstarted(
                  () -> {
                    try {
                      result.complete(work.get());
                    } catch (Throwable failure) { // foreign code: anything may come out of it
                      result.completeExceptionally(failure);
                    }
                  });
    }

    /** Waits for the call at most {@code limit}. */
    Outcome<T> await(Duration limit) {
      try {
        return new Outcome.Done<>(result.get(limit.toNanos(), TimeUnit.NANOSECONDS));
      } catch (ExecutionException e) {
        return e.getCause() instanceof Cancelled ? abandoned() : new Outcome.Threw<>(e.getCause());
      } catch (TimeoutException e) {
        return abandoned();
      } catch (InterruptedException e) {
        worker.interrupt();
        Thread.currentThread().interrupt();
        return new Outcome.Threw<>(e);
      }
    }

    /** Ends the wait of {@link #await} at once, as a timeout. */
    void cancel() {
      result.completeExceptionally(new Cancelled());
    }

    private Outcome<T> abandoned() {
      worker.interrupt();
      try {
        worker.join(GRACE);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new Outcome.TimedOut<>(worker.isAlive());
    }
  }

  private static final class Cancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Cancelled() {
      super("cancelled", null, false, false);
    }
  }

  private Deadline() {}

  /** Starts {@code work} on its own virtual thread named {@code threadName}. */
  static <T> Call<T> start(String threadName, Supplier<T> work) {
    Call<T> call = new Call<>(threadName, work);
    call.worker.start();
    return call;
  }

  static <T> Outcome<T> call(String threadName, Duration limit, Supplier<T> work) {
    return start(threadName, work).await(limit);
  }
}
