package dev.parley.socketio;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs tasks one at a time in submission order on a virtual thread, never on the caller's thread. A
 * task that throws is logged and the next one runs. A queue created held runs nothing until {@link
 * #release()}.
 */
final class SerialQueue {
  private static final System.Logger LOG = System.getLogger(SerialQueue.class.getName());

  private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean draining = new AtomicBoolean();
  private final String name;
  private volatile boolean held;

  SerialQueue(String name, boolean held) {
    this.name = name;
    this.held = held;
  }

  void submit(Runnable task) {
    tasks.add(task);
    schedule();
  }

  void release() {
    held = false;
    schedule();
  }

  private void schedule() {
    if (!held && !tasks.isEmpty() && draining.compareAndSet(false, true)) {
      Thread.ofVirtual().name(name).start(this::drain);
    }
  }

  private void drain() {
    try {
      Runnable task;
      while (!held && (task = tasks.poll()) != null) {
        try {
          task.run();
        } catch (RuntimeException | Error e) {
          LOG.log(System.Logger.Level.WARNING, "handler failed on " + name, e);
        }
      }
    } finally {
      draining.set(false);
    }
    schedule();
  }
}
