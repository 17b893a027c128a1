package dev.parley.socketio.engine;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.websocket.WsRouting;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A Helidon WebServer on a random port with an {@link EngineServer} that echoes every message. */
final class EchoServer implements AutoCloseable {
  final EngineServer engine;
  final WebServer web;
  final Map<String, EngineSocket> sockets = new ConcurrentHashMap<>();
  final BlockingQueue<String> closeReasons = new LinkedBlockingQueue<>();
  final BlockingQueue<EngineSocket> opened = new LinkedBlockingQueue<>();

  EchoServer(EngineOptions options) {
    engine =
        new EngineServer(
            options,
            new EngineListener() {
              @Override
              public void onOpen(EngineSocket socket) {
                sockets.put(socket.id(), socket);
                opened.add(socket);
              }

              @Override
              public void onMessage(EngineSocket socket, EngineMessage message) {
                socket.send(List.of(message), false);
              }

              @Override
              public void onClose(EngineSocket socket, String reason) {
                closeReasons.add(socket.id() + ":" + reason);
              }
            });
    web =
        WebServer.builder()
            .host("127.0.0.1")
            .port(0)
            .addProtocol(engine.webSocketProtocol())
            .routing(
                http -> {
                  engine.register(http);
                  http.get("/other", (req, res) -> res.send("other route"));
                })
            .addRouting(
                WsRouting.builder()
                    .update(
                        ws -> {
                          engine.register(ws);
                        }))
            .build()
            .start();
  }

  static EngineOptions fastOptions() {
    return EngineOptions.defaults()
        .withPath("/engine.io/")
        .withPingInterval(Duration.ofMillis(300))
        .withPingTimeout(Duration.ofMillis(200));
  }

  static EngineOptions slowHeartbeat() {
    return EngineOptions.defaults().withPath("/engine.io/");
  }

  int port() {
    return web.port();
  }

  String base() {
    return "http://127.0.0.1:" + port() + "/engine.io/?EIO=4&transport=polling";
  }

  /** The socket of {@code sid}, waiting up to 5 s for its onOpen. */
  EngineSocket socket(String sid) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!sockets.containsKey(sid) && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    EngineSocket socket = sockets.get(sid);
    if (socket == null) {
      throw new AssertionError("no session opened with sid " + sid);
    }
    return socket;
  }

  /** The next close reason reported for {@code sid}, waiting up to 5 s. */
  String closeReason(String sid) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) {
      String entry = closeReasons.poll(100, TimeUnit.MILLISECONDS);
      if (entry != null && entry.startsWith(sid + ":")) {
        return entry.substring(sid.length() + 1);
      }
    }
    return "(no close reported)";
  }

  @Override
  public void close() {
    engine.close();
    web.stop();
  }
}
