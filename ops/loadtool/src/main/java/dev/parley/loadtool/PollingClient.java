package dev.parley.loadtool;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One load client over HTTP long-polling, as socket.io-client without WebSocket: the handshake GET,
 * then one GET held open at a time for what the server sends, and POSTs for what the client sends,
 * one at a time (Engine.IO refuses overlapping POSTs). Packets in a payload are separated by the
 * record separator, each written as its WebSocket frame would be.
 */
final class PollingClient extends LoadClient {
  private static final char SEPARATOR = '\u001e';
  private static final Pattern SID = Pattern.compile("\"sid\"\\s*:\\s*\"([^\"]+)\"");
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private final HttpClient http;
  private final URI session;
  private final Consumer<Frames.Frame.Event> onEvent;
  private final CompletableFuture<Void> connected = new CompletableFuture<>();
  private volatile boolean open = true;

  private PollingClient(HttpClient http, URI session, Consumer<Frames.Frame.Event> onEvent) {
    this.http = http;
    this.session = session;
    this.onEvent = onEvent;
  }

  /** Opens a session at {@code httpBase}, connects to the main namespace, returns once it did. */
  static PollingClient connect(
      HttpClient http, URI httpBase, String authJson, Consumer<Frames.Frame.Event> onEvent) {
    URI handshake = httpBase.resolve("/socket.io/?EIO=4&transport=polling");
    String opened = request(http, HttpRequest.newBuilder(handshake).GET());
    Matcher sid = SID.matcher(opened);
    if (!opened.startsWith("0") || !sid.find()) {
      throw new IllegalStateException("no Engine.IO open packet: " + opened);
    }
    PollingClient client =
        new PollingClient(http, URI.create(handshake + "&sid=" + sid.group(1)), onEvent);
    client.send(Frames.connect(authJson));
    Thread.ofVirtual().name("poll").start(client::pollUntilClosed);
    client.connected.orTimeout(SocketIoClient.CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    return client;
  }

  private void pollUntilClosed() {
    try {
      while (open) {
        String payload = request(http, HttpRequest.newBuilder(session).GET());
        for (String packet : payload.split(String.valueOf(SEPARATOR))) {
          handle(packet);
        }
      }
    } catch (RuntimeException e) {
      open = false;
      connected.completeExceptionally(e);
    }
  }

  private void handle(String packet) {
    switch (Frames.parse(packet)) {
      case Frames.Frame.Ping ping -> Thread.ofVirtual().start(() -> sendQuietly(Frames.pong()));
      case Frames.Frame.Connected ok -> connected.complete(null);
      case Frames.Frame.ConnectRefused refused ->
          connected.completeExceptionally(
              new IllegalStateException("connection refused: " + refused.json()));
      case Frames.Frame.Event event -> onEvent.accept(event);
      case Frames.Frame.Ack ack -> acknowledged(ack);
      case Frames.Frame.Close close -> open = false;
      case Frames.Frame.Open unexpected -> {}
      case Frames.Frame.Other other -> {}
    }
  }

  @Override
  void sendRaw(String text) {
    throw new UnsupportedOperationException("the raw echo is WebSocket only");
  }

  /** One POST at a time: the server closes a session whose POSTs overlap. */
  @Override
  synchronized void send(String packet) {
    String answer =
        request(
            http,
            HttpRequest.newBuilder(session)
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(packet)));
    if (!answer.equals("ok")) {
      throw new IllegalStateException("POST answered " + answer);
    }
  }

  private void sendQuietly(String packet) {
    try {
      send(packet);
    } catch (RuntimeException closedMeanwhile) {
      // the run is over for this client
    }
  }

  @Override
  boolean isConnected() {
    return open && connected.isDone() && !connected.isCompletedExceptionally();
  }

  @Override
  public void close() {
    if (open) {
      open = false;
      sendQuietly("1");
    }
  }

  private static String request(HttpClient http, HttpRequest.Builder request) {
    try {
      // plain HTTP/1.1 as browsers poll: java.net.http would otherwise offer an h2c upgrade,
      // which Node's engine.io takes for a broken WebSocket upgrade (400 "Invalid Upgrade header")
      HttpResponse<String> response =
          http.send(
              request.version(HttpClient.Version.HTTP_1_1).timeout(REQUEST_TIMEOUT).build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "HTTP " + response.statusCode() + " from " + response.uri() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
