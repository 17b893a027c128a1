package dev.parley.plugins.host;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs foreign code on its own virtual thread and waits at most a deadline for it. A call that
 * overruns is interrupted and abandoned: a virtual thread that ignores the interrupt costs little
 * and blocks no one.
 */
final class Deadline {

  /** How a bounded call ended. */
  sealed interface Outcome<T> {
    record Done<T>(T value) implements Outcome<T> {}

    record Threw<T>(Throwable cause) implements Outcome<T> {}

    record TimedOut<T>() implements Outcome<T> {}
  }

  private Deadline() {}

  @SuppressWarnings("FutureReturnValueIgnored")
  static <T> Outcome<T> call(String threadName, Duration limit, Supplier<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread worker =
        Thread.ofVirtual()
            .name(threadName)
            .start(
                () -> {
                  try {
                    result.complete(work.get());
                  } catch (Throwable failure) { // foreign code: anything may come out of it
                    result.completeExceptionally(failure);
                  }
                });
    try {
      return new Outcome.Done<>(result.get(limit.toNanos(), TimeUnit.NANOSECONDS));
    } catch (ExecutionException e) {
      return new Outcome.Threw<>(e.getCause());
    } catch (TimeoutException e) {
      worker.interrupt();
      return new Outcome.TimedOut<>();
    } catch (InterruptedException e) {
      worker.interrupt();
      Thread.currentThread().interrupt();
      return new Outcome.Threw<>(e);
    }
  }
}
