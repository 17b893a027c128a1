package dev.parley.socketio;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.websocket.WsRouting;

/** Serves a SocketIoServer (polling and WebSocket) on 127.0.0.1 and a free port, for tests. */
public final class LocalWebServer {
  private LocalWebServer() {}

  /** Started; stop it after closing {@code io}. */
  public static WebServer serving(SocketIoServer io) {
    WsRouting.Builder ws = WsRouting.builder();
    io.register(ws);
    return WebServer.builder()
        .host("127.0.0.1")
        .port(0)
        .addProtocol(io.webSocketProtocol())
        .routing(io::register)
        .addRouting(ws)
        .build()
        .start();
  }
}
