package dev.parley.conformance;

import dev.parley.socketio.testing.RawWebSocket;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a server answers on one WebSocket, written down so that two servers' answers compare as
 * lists: every text frame, binary frames as {@code binary <length>}, and how the connection ended
 * ({@code close <code> '<reason>'}, {@code end of stream}), or {@code still open}. Heartbeat pings
 * are answered and left out.
 */
final class WebSocketProbe {
  /** How long a server has to answer the frames sent. */
  private static final int QUIET_MILLIS = 800;

  private WebSocketProbe() {}

  /**
   * Opens a Socket.IO session on {@code /socket.io/}, connects to the main namespace, then sends
   * {@code packets}; returns what came after the CONNECT answer and the {@code auth} event.
   */
  static List<String> socketIo(int port, String... packets) throws IOException {
    try (RawWebSocket ws = RawWebSocket.connect(port, "/socket.io/?EIO=4&transport=websocket")) {
      String open = ws.readText();
      if (!open.startsWith("0{")) {
        return List.of("no open packet: " + open);
      }
      ws.sendText("40");
      List<String> seen = new ArrayList<>();
      // the CONNECT answer 40{"sid":...} and the fixture's 42["auth",{}] are the same everywhere
      seen.addAll(answers(ws, 2, 2000));
      if (seen.size() < 2 || !seen.get(0).startsWith("40{")) {
        return seen;
      }
      for (String packet : packets) {
        ws.sendText(packet);
      }
      return answers(ws, Integer.MAX_VALUE, QUIET_MILLIS);
    }
  }

  /** Opens an Engine.IO session on {@code /engine.io/} (an echo), then sends {@code frame}. */
  static List<String> engineIo(int port, Frame... frames) throws IOException {
    try (RawWebSocket ws = RawWebSocket.connect(port, "/engine.io/?EIO=4&transport=websocket")) {
      String open = ws.readText();
      if (!open.startsWith("0{")) {
        return List.of("no open packet: " + open);
      }
      for (Frame frame : frames) {
        ws.sendFrame(frame.opcode(), frame.fin(), frame.payload());
      }
      return answers(ws, Integer.MAX_VALUE, QUIET_MILLIS);
    }
  }

  /** A frame to send. */
  record Frame(int opcode, boolean fin, byte[] payload) {
    static Frame text(String text) {
      return new Frame(
          RawWebSocket.TEXT, true, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** Long texts as their length and start, so that a failure stays readable. */
  private static String summary(String text) {
    return text.length() <= 200
        ? text
        : "text of " + text.length() + " chars: " + text.substring(0, 20) + "...";
  }

  /**
   * The frames that arrive within {@code windowMillis} (pings do not count), up to {@code wanted}.
   */
  private static List<String> answers(RawWebSocket ws, int wanted, int windowMillis)
      throws IOException {
    List<String> seen = new ArrayList<>();
    long deadline = System.nanoTime() + windowMillis * 1_000_000L;
    while (seen.size() < wanted) {
      long left = (deadline - System.nanoTime()) / 1_000_000L;
      if (left <= 0) {
        seen.add("still open");
        return seen;
      }
      RawWebSocket.Frame frame;
      try {
        frame = ws.readFrame((int) left);
      } catch (java.net.SocketTimeoutException quiet) {
        seen.add("still open");
        return seen;
      }
      if (frame == null) {
        seen.add("end of stream");
        return seen;
      }
      switch (frame.opcode()) {
        case RawWebSocket.CLOSE -> {
          seen.add("close " + frame.closeCode() + " '" + frame.closeReason() + "'");
          return seen;
        }
        case RawWebSocket.BINARY -> seen.add("binary " + frame.payload().length);
        case RawWebSocket.TEXT -> {
          if (frame.text().equals("2")) {
            ws.sendText("3");
          } else {
            seen.add(summary(frame.text()));
          }
        }
        default -> seen.add("opcode " + frame.opcode());
      }
    }
    return seen;
  }
}
