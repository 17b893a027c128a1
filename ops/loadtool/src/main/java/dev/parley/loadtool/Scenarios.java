package dev.parley.loadtool;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The three scenarios, each bounded in time: idle connections, chat (each client in its own
 * negotiation, latency = scheduled send to its own {@code message-received}) and fan-out (one room,
 * one sender, every member measures every delivery). Send times are the schedule's, not the actual
 * ones, so a server that falls behind shows it in the latency (no coordinated omission).
 */
final class Scenarios {
  private static final int CONNECTING_AT_ONCE = 32;
  private static final long MAX_LATENCY_NANOS = TimeUnit.SECONDS.toNanos(60);
  private static final Duration DRAIN = Duration.ofSeconds(5);

  private final Target target;
  private final LoadClient.Transport transport;
  private final List<HttpClient> httpClients = new ArrayList<>();

  Scenarios(Target target, LoadClient.Transport transport) {
    this.target = target;
    this.transport = transport;
    for (int i = 0; i < 4; i++) {
      httpClients.add(
          HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build());
    }
  }

  ScenarioResult idle(int clients, Duration hold, long serverPid) {
    ProcessStats before = ProcessStats.of(serverPid);
    Connected connected = connect(clients, event -> {});
    sleep(Duration.ofSeconds(2));
    ProcessStats settled = ProcessStats.of(serverPid);
    sleep(hold);
    ProcessStats after = ProcessStats.of(serverPid);
    connected.closeAll();
    return ScenarioResult.idle(
        target.name(),
        clients,
        connected.failures(),
        hold.toMillis() / 1000.0,
        before.rssKb(),
        after.rssKb(),
        after.cpuPercentSince(settled, hold.toMillis() / 1000.0));
  }

  ScenarioResult chat(int clients, double ratePerClient, Duration length) {
    int messagesEach = (int) Math.round(ratePerClient * length.toMillis() / 1000.0);
    int roomsEach = target.raw() ? 0 : roomsFor(messagesEach);
    List<String> rooms = target.newNegotiations(clients * roomsEach);
    Histogram latency = histogram();
    Connected connected = connect(clients, recording("message-received", latency));
    AtomicLong sent = new AtomicLong();
    AtomicLong errors = new AtomicLong(connected.failures());
    long intervalNanos = (long) (1e9 / ratePerClient);
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
    List<Thread> senders = new ArrayList<>();
    for (int c = 0; c < connected.clients().size(); c++) {
      LoadClient client = connected.clients().get(c);
      List<String> own = rooms.subList(c * roomsEach, (c + 1) * roomsEach);
      long offset = intervalNanos * c / Math.max(1, connected.clients().size());
      senders.add(
          Thread.ofVirtual()
              .start(
                  () ->
                      sendOnSchedule(
                          client, own, messagesEach, start + offset, intervalNanos, sent, errors)));
    }
    joinAll(senders);
    double seconds = (System.nanoTime() - start) / 1e9;
    awaitDeliveries(latency, sent.get());
    connected.closeAll();
    return ScenarioResult.traffic(
        target.name(), "chat", clients, sent.get(), errors.get(), seconds, latency);
  }

  ScenarioResult fanOut(int members, double rate, Duration length) {
    int messages = (int) Math.round(rate * length.toMillis() / 1000.0);
    List<String> rooms = target.newNegotiations(roomsFor(messages));
    Histogram latency = histogram();
    Connected connected = connect(members, recording("message-received", latency));
    AtomicLong errors = new AtomicLong(connected.failures());
    List<Thread> joiners = new ArrayList<>();
    for (LoadClient member : connected.clients().subList(1, connected.clients().size())) {
      joiners.add(
          Thread.ofVirtual().start(() -> rooms.forEach(room -> join(member, room, errors))));
    }
    joinAll(joiners);
    AtomicLong sent = new AtomicLong();
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
    sendOnSchedule(
        connected.clients().get(0), rooms, messages, start, (long) (1e9 / rate), sent, errors);
    double seconds = (System.nanoTime() - start) / 1e9;
    awaitDeliveries(latency, sent.get() * connected.clients().size());
    connected.closeAll();
    return ScenarioResult.traffic(
        target.name(), "fanout", members, sent.get(), errors.get(), seconds, latency);
  }

  /** Parley ends a negotiation at its round limit, so long runs move on to a fresh one. */
  private static int roomsFor(int messages) {
    return (messages + Target.MESSAGES_PER_NEGOTIATION - 1) / Target.MESSAGES_PER_NEGOTIATION;
  }

  private void sendOnSchedule(
      LoadClient client,
      List<String> rooms,
      int messages,
      long firstAt,
      long intervalNanos,
      AtomicLong sent,
      AtomicLong errors) {
    String room = null;
    for (int i = 0; i < messages; i++) {
      if (!target.raw() && i % Target.MESSAGES_PER_NEGOTIATION == 0) {
        room = rooms.get(i / Target.MESSAGES_PER_NEGOTIATION);
        join(client, room, errors);
      }
      long scheduled = firstAt + i * intervalNanos;
      long wait = scheduled - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      String content = Frames.stampedContent(scheduled, i);
      try {
        if (target.raw()) {
          client.sendRaw(content);
        } else {
          client
              .emitWithAck(
                  "send-message",
                  "{\"negotiation_id\":"
                      + Frames.quote(room)
                      + ",\"content\":"
                      + Frames.quote(content)
                      + "}")
              .whenComplete(
                  (ack, failure) -> {
                    if (failure != null || !ack.contains("\"ok\":true")) {
                      refused(errors, failure != null ? failure.toString() : ack);
                    }
                  });
        }
        sent.incrementAndGet();
      } catch (RuntimeException e) {
        errors.incrementAndGet();
      }
    }
  }

  private static void join(LoadClient client, String room, AtomicLong errors) {
    try {
      String ack =
          client
              .emitWithAck("join-negotiation", "{\"negotiation_id\":" + Frames.quote(room) + "}")
              .join();
      if (!ack.contains("\"ok\":true")) {
        refused(errors, ack);
      }
    } catch (RuntimeException e) {
      errors.incrementAndGet();
    }
  }

  /** Counts a refusal; the first one is shown, so a broken run explains itself. */
  private static void refused(AtomicLong errors, String why) {
    if (errors.getAndIncrement() == 0) {
      System.err.println("first refusal: " + why);
    }
  }

  private Consumer<Frames.Frame.Event> recording(String eventName, Histogram latency) {
    return event -> {
      if (target.raw() || event.name().equals(eventName)) {
        OptionalLong stamp = Frames.stampOf(event.raw());
        if (stamp.isPresent()) {
          latency.recordValue(
              Math.min(MAX_LATENCY_NANOS, Math.max(0, System.nanoTime() - stamp.getAsLong())));
        }
      }
    };
  }

  private static Histogram histogram() {
    return new ConcurrentHistogram(MAX_LATENCY_NANOS, 3);
  }

  private static void awaitDeliveries(Histogram latency, long expected) {
    long deadline = System.nanoTime() + DRAIN.toNanos();
    while (latency.getTotalCount() < expected && System.nanoTime() < deadline) {
      sleep(Duration.ofMillis(50));
    }
  }

  private record Connected(List<LoadClient> clients, int failures) {
    void closeAll() {
      List<Thread> closing = new ArrayList<>();
      for (LoadClient client : clients) {
        closing.add(Thread.ofVirtual().start(client::close));
      }
      joinAll(closing);
    }
  }

  private Connected connect(int count, Consumer<Frames.Frame.Event> onEvent) {
    List<LoadClient> clients = Collections.synchronizedList(new ArrayList<>());
    ConcurrentHashMap<Integer, Throwable> failures = new ConcurrentHashMap<>();
    Semaphore atOnce = new Semaphore(CONNECTING_AT_ONCE);
    List<Thread> connecting = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int index = i;
      connecting.add(
          Thread.ofVirtual()
              .start(
                  () -> {
                    atOnce.acquireUninterruptibly();
                    try {
                      clients.add(
                          transport.connect(
                              httpClients.get(index % httpClients.size()), target, onEvent));
                    } catch (RuntimeException e) {
                      failures.put(index, e);
                    } finally {
                      atOnce.release();
                    }
                  }));
    }
    joinAll(connecting);
    failures.values().stream()
        .findFirst()
        .ifPresent(
            first ->
                System.err.println(
                    target.name() + ": " + failures.size() + " connections failed, e.g. " + first));
    if (clients.isEmpty()) {
      throw new IllegalStateException(target.name() + ": no client could connect");
    }
    return new Connected(List.copyOf(clients), failures.size());
  }

  private static void joinAll(List<Thread> threads) {
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
