package dev.parley.loadtool;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.websocket.WsRouting;
import io.helidon.websocket.WsListener;
import io.helidon.websocket.WsSession;

/**
 * The transport ceiling: a bare Helidon WebSocket on {@code /echo} that sends every text message
 * back. Same WebServer as Parley, no Engine.IO, no Socket.IO, no use case. Port from the first
 * argument (0 picks one); prints the port and runs until killed.
 */
public final class EchoServer {
  private EchoServer() {}

  public static void main(String[] args) {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    WebServer server =
        WebServer.builder()
            .host("127.0.0.1")
            .port(port)
            .addRouting(WsRouting.builder().endpoint("/echo", new Echo()))
            .build()
            .start();
    System.out.println("echo listening on " + server.port());
  }

  private static final class Echo implements WsListener {
    @Override
    public void onMessage(WsSession session, String text, boolean last) {
      session.send(text, last);
    }
  }
}
