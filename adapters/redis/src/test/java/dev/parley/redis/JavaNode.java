package dev.parley.redis;

import dev.parley.socketio.LocalWebServer;
import dev.parley.socketio.Namespace;
import dev.parley.socketio.SocketIoOptions;
import dev.parley.socketio.SocketIoServer;
import io.helidon.webserver.WebServer;

/**
 * One Java Socket.IO node on a random port, with its own Redis connections and the Redis adapter.
 * Clients may emit {@code join} (room) with an ack; {@code ping-java} server-side emits are
 * answered.
 */
final class JavaNode implements AutoCloseable {
  final RedisConnections redis;
  final SocketIoServer io;
  private final WebServer web;

  JavaNode(String redisUrl, String name) {
    redis = RedisConnections.connect(redisUrl);
    io =
        new SocketIoServer(
            SocketIoOptions.defaults().withAdapterFactory(RedisRoomAdapter.factory(redis)));
    Namespace main = io.of("/");
    main.onConnection(
        socket -> {
          socket.data().put("origin", name);
          socket.on(
              "join",
              (s, args, ack) -> {
                s.join(args.get(0).asText());
                ack.send();
              });
        });
    main.onServerSideEmit(
        "ping-java", (args, ack) -> ack.send(java.util.Map.of("from", name, "got", args)));
    web = LocalWebServer.serving(io);
  }

  Namespace main() {
    return io.of("/");
  }

  String url() {
    return "http://127.0.0.1:" + web.port();
  }

  @Override
  public void close() {
    io.close();
    web.stop();
    redis.close();
  }
}
