package dev.parley.socketio;

import io.helidon.webserver.WebServer;
import java.time.Duration;
import java.util.Map;

/**
 * A Helidon WebServer on a random port carrying a SocketIoServer whose handlers the end-to-end
 * scenarios of client.mjs expect.
 */
final class TestServer implements AutoCloseable {
  final SocketIoServer io;
  private final WebServer web;

  TestServer(SocketIoOptions options) {
    io = new SocketIoServer(options);
    installHandlers(io);
    web = LocalWebServer.serving(io);
  }

  String url() {
    return "http://127.0.0.1:" + web.port();
  }

  @Override
  public void close() {
    io.close();
    web.stop();
  }

  private static void installHandlers(SocketIoServer io) {
    Namespace main = io.of("/");
    main.onConnection(
        socket -> {
          socket.emit("auth", socket.handshake().auth());
          if (!socket.recovered()) {
            socket.join("news");
            socket.emit("news", "welcome");
          }
          socket.on("message", (s, args, ack) -> s.emit("message-back", args.toArray()));
          socket.on("message-with-ack", (s, args, ack) -> ack.send(args.toArray()));
          socket.on(
              "ask-me",
              (s, args, ack) ->
                  s.emitWithAck(Duration.ofSeconds(5), "question", 41)
                      .thenAccept(answer -> s.emit("answer", answer.get(0))));
          socket.on(
              "join",
              (s, args, ack) -> {
                s.join(args.get(0).asText());
                ack.send();
              });
          socket.on(
              "room-size",
              (s, args, ack) -> ack.send(main.adapter().roomSize(args.get(0).asText())));
          socket.on(
              "shout", (s, args, ack) -> s.to(args.get(0).asText()).emit("shouted", args.get(1)));
          socket.on(
              "shout-except",
              (s, args, ack) ->
                  main.to(args.get(0).asText())
                      .except(args.get(1).asText())
                      .emit("shouted", args.get(2)));
          socket.on("drop-transport", (s, args, ack) -> s.connection().engine().close());
          socket.on(
              "drop-and-broadcast",
              (s, args, ack) -> {
                s.connection().engine().close();
                for (int i = 0; i < 200 && s.connected(); i++) {
                  Thread.sleep(10);
                }
                main.to("news").emit("news", "missed-1");
                main.emit("news", "missed-2");
              });
        });
    io.of("/guarded")
        .use(
            socket ->
                "good".equals(socket.handshake().auth().path("token").asText())
                    ? Admission.allow()
                    : Admission.refuse("not authorized", Map.of("reason", "bad token")));
  }
}
