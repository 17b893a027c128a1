package dev.parley.loadtool;

import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One load client on the main namespace, over whichever Engine.IO transport the run uses. Events
 * and acks work the same on both; a transport only says how a packet is sent.
 */
abstract sealed class LoadClient implements AutoCloseable permits SocketIoClient, PollingClient {
  private final Map<Integer, CompletableFuture<String>> acks = new ConcurrentHashMap<>();
  private final AtomicInteger nextAck = new AtomicInteger();

  /** Sends one packet, written as its WebSocket frame would be. */
  abstract void send(String packet);

  /** Sends a text frame as is (the raw WebSocket echo only). */
  abstract void sendRaw(String text);

  abstract boolean isConnected();

  @Override
  public abstract void close();

  /** Emits {@code name} with {@code payloadJson} and returns the ack's raw arguments. */
  final CompletableFuture<String> emitWithAck(String name, String payloadJson) {
    int id = nextAck.getAndIncrement();
    CompletableFuture<String> ack = new CompletableFuture<>();
    acks.put(id, ack);
    send(Frames.event(id, name, payloadJson));
    return ack.orTimeout(30, TimeUnit.SECONDS);
  }

  final void emit(String name, String payloadJson) {
    send(Frames.event(name, payloadJson));
  }

  /** An ack arrived: whoever waits for it gets its arguments. */
  final void acknowledged(Frames.Frame.Ack ack) {
    CompletableFuture<String> waiting = acks.remove(ack.id());
    if (waiting != null) {
      waiting.complete(ack.args());
    }
  }

  /** The Engine.IO transport a run's clients use. */
  enum Transport {
    WEBSOCKET,
    POLLING;

    static Transport named(String name) {
      return switch (name) {
        case "websocket" -> WEBSOCKET;
        case "polling" -> POLLING;
        default -> throw new IllegalArgumentException("unknown transport '" + name + "'");
      };
    }

    /** Connects one client to the target's main namespace (or the raw echo over WebSocket). */
    LoadClient connect(HttpClient http, Target target, Consumer<Frames.Frame.Event> onEvent) {
      if (this == POLLING && target.raw()) {
        throw new IllegalArgumentException(target.name() + " speaks WebSocket only");
      }
      return this == WEBSOCKET
          ? SocketIoClient.connect(
              http, target.webSocketBase(), target.raw(), target.authJson(), onEvent)
          : PollingClient.connect(http, target.http(), target.authJson(), onEvent);
    }
  }
}
