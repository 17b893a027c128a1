package dev.parley.conformance;

import dev.parley.socketio.SocketIoOptions;
import dev.parley.socketio.SocketIoServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.websocket.WsRouting;
import java.time.Duration;

/**
 * The {@code /socket.io/} server the official Socket.IO v5 protocol suite expects: pingInterval
 * 300, pingTimeout 200, maxHttpBufferSize 1e6, connectTimeout 1000, no connection state recovery;
 * the main and {@code /custom} namespaces emit {@code auth} on connect, {@code message} is answered
 * by {@code message-back}, {@code message-with-ack} acks its arguments; other namespaces are
 * refused.
 */
final class SocketIoFixtures {
  private SocketIoFixtures() {}

  static SocketIoServer create() {
    SocketIoOptions options =
        SocketIoOptions.defaults()
            .withEngine(ConformanceServer.suiteOptions("/socket.io/"))
            .withConnectTimeout(Duration.ofMillis(1000));
    SocketIoServer io = new SocketIoServer(options);
    io.of("/")
        .onConnection(
            socket -> {
              socket.emit("auth", socket.handshake().auth());
              socket.on("message", (s, args, ack) -> s.emit("message-back", args.toArray()));
              socket.on("message-with-ack", (s, args, ack) -> ack.send(args.toArray()));
            });
    io.of("/custom").onConnection(socket -> socket.emit("auth", socket.handshake().auth()));
    return io;
  }

  static ConformanceServer.Mount mount() {
    SocketIoServer io = create();
    return new ConformanceServer.Mount() {
      @Override
      public void routing(HttpRouting.Builder http) {
        io.register(http);
      }

      @Override
      public void routing(WsRouting.Builder ws) {
        io.register(ws);
      }

      @Override
      public void protocols(WebServerConfig.Builder server) {
        server.addProtocol(io.webSocketProtocol());
      }

      @Override
      public void close() {
        io.close();
      }
    };
  }
}
