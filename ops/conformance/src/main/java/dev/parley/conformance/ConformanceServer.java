package dev.parley.conformance;

import dev.parley.socketio.engine.EngineListener;
import dev.parley.socketio.engine.EngineMessage;
import dev.parley.socketio.engine.EngineOptions;
import dev.parley.socketio.engine.EngineServer;
import dev.parley.socketio.engine.EngineSocket;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.websocket.WsRouting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The server the official protocol suites run against (docs/engine.io-protocol/v4-test-suite and
 * docs/socket.io-protocol/v5-test-suite of the socket.io monorepo): port 3000 or $PORT, heartbeat
 * 300/200 ms, maxPayload 1000000, the default origin policy (the suites send no Origin header).
 *
 * <ul>
 *   <li>{@code /engine.io/}: a raw Engine.IO echo; text stays text and binary stays binary.
 *   <li>{@code /socket.io/}: the Socket.IO suite's fixtures, mounted by {@link #mountSocketIo}.
 * </ul>
 */
public final class ConformanceServer {
  static final Duration PING_INTERVAL = Duration.ofMillis(300);
  static final Duration PING_TIMEOUT = Duration.ofMillis(200);
  static final int MAX_PAYLOAD = 1_000_000;

  /** What one mounted endpoint adds to the server; closed when the server stops. */
  interface Mount extends AutoCloseable {
    void routing(HttpRouting.Builder http);

    void routing(WsRouting.Builder ws);

    void protocols(WebServerConfig.Builder server);

    @Override
    void close();
  }

  private ConformanceServer() {}

  public static void main(String[] args) {
    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "3000"));
    List<Mount> mounts = new ArrayList<>();
    mounts.add(mountEngineIo());
    mountSocketIo(mounts);
    WebServer server = start(port, mounts);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  mounts.forEach(Mount::close);
                  server.stop();
                }));
    System.out.println("READY conformance server on http://localhost:" + server.port());
  }

  static WebServer start(int port, List<Mount> mounts) {
    WebServerConfig.Builder builder = WebServer.builder().port(port);
    WsRouting.Builder ws = WsRouting.builder();
    builder.routing(http -> mounts.forEach(mount -> mount.routing(http)));
    mounts.forEach(mount -> mount.routing(ws));
    mounts.forEach(mount -> mount.protocols(builder));
    return builder.addRouting(ws).build().start();
  }

  static EngineOptions suiteOptions(String path) {
    return EngineOptions.defaults()
        .withPath(path)
        .withPingInterval(PING_INTERVAL)
        .withPingTimeout(PING_TIMEOUT)
        .withMaxPayload(MAX_PAYLOAD);
  }

  /** {@code /engine.io/}: every message is sent back as it came. */
  static Mount mountEngineIo() {
    EngineServer engine = new EngineServer(suiteOptions("/engine.io/"), new Echo());
    return new Mount() {
      @Override
      public void routing(HttpRouting.Builder http) {
        engine.register(http);
      }

      @Override
      public void routing(WsRouting.Builder ws) {
        engine.register(ws);
      }

      @Override
      public void protocols(WebServerConfig.Builder server) {
        server.addProtocol(engine.webSocketProtocol());
      }

      @Override
      public void close() {
        engine.close();
      }
    };
  }

  /**
   * {@code /socket.io/}: the Socket.IO suite's fixtures. The Socket.IO layer adds its {@link Mount}
   * here; until then the server serves the Engine.IO suite only.
   */
  static void mountSocketIo(List<Mount> mounts) {
    mounts.add(SocketIoFixtures.mount());
  }

  private static final class Echo implements EngineListener {
    @Override
    public void onOpen(EngineSocket socket) {}

    @Override
    public void onMessage(EngineSocket socket, EngineMessage message) {
      socket.send(List.of(message), false);
    }

    @Override
    public void onClose(EngineSocket socket, String reason) {}
  }
}
