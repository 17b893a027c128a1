package dev.parley.loadtool;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One load client over a WebSocket: a Socket.IO v5 client on the main namespace (handshake, auth,
 * heartbeat answers, events with acks), or in {@code raw} mode a plain WebSocket whose every text
 * message is handed over as an event named {@code echo} (the transport ceiling).
 */
final class SocketIoClient extends LoadClient {
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);

  private final WebSocket socket;
  private final CompletableFuture<Void> connected;

  private SocketIoClient(WebSocket socket, CompletableFuture<Void> connected) {
    this.socket = socket;
    this.connected = connected;
  }

  /**
   * Connects to {@code baseUri} ({@code ws://127.0.0.1:port}) and, unless raw, to the main
   * namespace with {@code authJson}; returns once connected. Events go to {@code onEvent}.
   */
  static SocketIoClient connect(
      HttpClient http,
      URI baseUri,
      boolean raw,
      String authJson,
      Consumer<Frames.Frame.Event> onEvent) {
    URI uri =
        raw ? baseUri.resolve("/echo") : baseUri.resolve("/socket.io/?EIO=4&transport=websocket");
    CompletableFuture<Void> connected = new CompletableFuture<>();
    Listener listener = new Listener(raw, authJson, onEvent, connected);
    WebSocket socket =
        http.newWebSocketBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .buildAsync(uri, listener)
            .orTimeout(CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)
            .join();
    SocketIoClient client = new SocketIoClient(socket, connected);
    listener.client = client;
    if (raw) {
      connected.complete(null);
    }
    connected.orTimeout(CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    return client;
  }

  @Override
  void sendRaw(String text) {
    send(text);
  }

  @Override
  synchronized void send(String text) {
    // One send at a time per WebSocket, as java.net.http requires; join keeps the order.
    socket.sendText(text, true).join();
  }

  /** Answers a heartbeat; a socket closed meanwhile needs no answer. */
  private void pong() {
    try {
      send(Frames.pong());
    } catch (RuntimeException closedMeanwhile) {
      // the run is over for this client
    }
  }

  @Override
  boolean isConnected() {
    return connected.isDone() && !connected.isCompletedExceptionally() && !socket.isInputClosed();
  }

  @Override
  public void close() {
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      socket.abort();
    }
  }

  private static final class Listener implements WebSocket.Listener {
    private final boolean raw;
    private final String authJson;
    private final Consumer<Frames.Frame.Event> onEvent;
    private final CompletableFuture<Void> connected;
    private final StringBuilder partial = new StringBuilder();
    private volatile SocketIoClient client;

    Listener(
        boolean raw,
        String authJson,
        Consumer<Frames.Frame.Event> onEvent,
        CompletableFuture<Void> connected) {
      this.raw = raw;
      this.authJson = authJson;
      this.onEvent = onEvent;
      this.connected = connected;
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        handle(ws, text);
      }
      ws.request(1);
      return null;
    }

    private void handle(WebSocket ws, String text) {
      if (raw) {
        onEvent.accept(new Frames.Frame.Event("echo", text));
        return;
      }
      switch (Frames.parse(text)) {
        case Frames.Frame.Open open -> ws.sendText(Frames.connect(authJson), true);
        case Frames.Frame.Ping ping -> {
          SocketIoClient owner = client;
          if (owner != null) {
            Thread.ofVirtual().start(() -> owner.pong());
          } else {
            ws.sendText(Frames.pong(), true);
          }
        }
        case Frames.Frame.Connected ok -> connected.complete(null);
        case Frames.Frame.ConnectRefused refused ->
            connected.completeExceptionally(
                new IllegalStateException("connection refused: " + refused.json()));
        case Frames.Frame.Event event -> onEvent.accept(event);
        case Frames.Frame.Ack ack -> {
          SocketIoClient owner = client;
          if (owner != null) {
            owner.acknowledged(ack);
          }
        }
        case Frames.Frame.Close close -> ws.sendClose(WebSocket.NORMAL_CLOSURE, "");
        case Frames.Frame.Other other -> {}
      }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
      connected.completeExceptionally(new IllegalStateException("closed " + statusCode));
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      connected.completeExceptionally(error);
    }
  }
}
