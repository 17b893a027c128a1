package dev.parley.loadtool;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** One load client on the main namespace, over whichever Engine.IO transport the run uses. */
sealed interface LoadClient extends AutoCloseable permits SocketIoClient, PollingClient {

  /** Emits {@code name} with {@code payloadJson} and returns the ack's raw arguments. */
  CompletableFuture<String> emitWithAck(String name, String payloadJson);

  void emit(String name, String payloadJson);

  /** Sends a text frame as is (the raw WebSocket echo only). */
  void sendRaw(String text);

  boolean isConnected();

  @Override
  void close();

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
      URI base = target.webSocketBase();
      return this == WEBSOCKET
          ? SocketIoClient.connect(http, base, target.raw(), target.authJson(), onEvent)
          : PollingClient.connect(
              http,
              URI.create("http://" + base.getHost() + ":" + base.getPort() + "/"),
              target.authJson(),
              onEvent);
    }
  }
}
