package dev.parley.loadtool;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few Engine.IO v4 / Socket.IO v5 text frames a load client needs, over WebSocket (one packet
 * per frame): open {@code 0{..}}, ping {@code 2}, connect {@code 40{..}} / {@code 44{..}}, events
 * {@code 42[..]} and acks {@code 43<id>[..]}. Payloads stay raw JSON text: the tool only needs the
 * event name and the stamp it put in the content.
 */
final class Frames {
  private static final Pattern EVENT_NAME = Pattern.compile("^\\[\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern STAMP = Pattern.compile("bench~([a-p]{1,16})~");

  private Frames() {}

  /** A frame received from the server. */
  sealed interface Frame {
    /** {@code 0{...}}: the Engine.IO handshake. */
    record Open(String json) implements Frame {}

    /** {@code 2}: the server's heartbeat, to be answered with {@code 3}. */
    record Ping() implements Frame {}

    /** {@code 40{"sid":..}}: the namespace accepted the connection. */
    record Connected(String json) implements Frame {}

    /** {@code 44{..}}: the namespace refused the connection. */
    record ConnectRefused(String json) implements Frame {}

    /** {@code 42[name, ...]}. */
    record Event(String name, String raw) implements Frame {}

    /** {@code 43<id>[...]}. */
    record Ack(int id, String args) implements Frame {}

    /** {@code 1}: the server closed the session. */
    record Close() implements Frame {}

    /** Anything else (noop, a namespace disconnect, binary placeholders): ignored. */
    record Other(String raw) implements Frame {}
  }

  static Frame parse(String text) {
    if (text.isEmpty()) {
      return new Frame.Other(text);
    }
    return switch (text.charAt(0)) {
      case '0' -> new Frame.Open(text.substring(1));
      case '1' -> new Frame.Close();
      case '2' -> text.length() == 1 ? new Frame.Ping() : new Frame.Other(text);
      case '4' -> socketIo(text);
      default -> new Frame.Other(text);
    };
  }

  private static Frame socketIo(String text) {
    if (text.length() < 2) {
      return new Frame.Other(text);
    }
    String body = text.substring(2);
    return switch (text.charAt(1)) {
      case '0' -> new Frame.Connected(body);
      case '4' -> new Frame.ConnectRefused(body);
      case '2' -> eventFrame(body, text);
      case '3' -> ack(body, text);
      default -> new Frame.Other(text);
    };
  }

  private static Frame eventFrame(String body, String text) {
    int start = 0;
    while (start < body.length() && Character.isDigit(body.charAt(start))) {
      start++; // an ack id the server asks for; the tool never answers server acks
    }
    Matcher name = EVENT_NAME.matcher(body.substring(start));
    return name.find()
        ? new Frame.Event(name.group(1), body.substring(start))
        : new Frame.Other(text);
  }

  private static Frame ack(String body, String text) {
    int end = 0;
    while (end < body.length() && Character.isDigit(body.charAt(end))) {
      end++;
    }
    if (end == 0 || end > 9) {
      return new Frame.Other(text);
    }
    return new Frame.Ack(Integer.parseInt(body.substring(0, end)), body.substring(end));
  }

  static String connect(String authJson) {
    return "40" + authJson;
  }

  static String pong() {
    return "3";
  }

  /** {@code 42<ackId>["name",payload]}. */
  static String event(int ackId, String name, String payloadJson) {
    return "42" + ackId + "[\"" + name + "\"," + payloadJson + "]";
  }

  /** {@code 42["name",payload]}, no ack asked. */
  static String event(String name, String payloadJson) {
    return "42[\"" + name + "\"," + payloadJson + "]";
  }

  /**
   * Message content carrying its send time, so any receiver can measure the latency. The numbers
   * are spelled in letters (hex digits a-p) and the text makes no offer: Parley reads digits in a
   * chat message as an offer, and a persona accepting one would end the negotiation mid-run.
   */
  static String stampedContent(long sentNanos, long sequence) {
    return "bench~"
        + letters(sentNanos)
        + "~"
        + letters(sequence)
        + " tell me more about the team and the role";
  }

  private static String letters(long value) {
    StringBuilder out = new StringBuilder();
    for (char digit : Long.toHexString(value).toCharArray()) {
      out.append((char) ('a' + Character.digit(digit, 16)));
    }
    return out.toString();
  }

  /** The send time stamped in a frame by {@link #stampedContent}, if any. */
  static OptionalLong stampOf(String raw) {
    Matcher stamp = STAMP.matcher(raw);
    if (!stamp.find()) {
      return OptionalLong.empty();
    }
    long value = 0;
    for (char letter : stamp.group(1).toCharArray()) {
      value = (value << 4) | (letter - 'a');
    }
    return OptionalLong.of(value);
  }

  /** JSON string literal of {@code value} (quotes, backslashes and control characters escaped). */
  static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
