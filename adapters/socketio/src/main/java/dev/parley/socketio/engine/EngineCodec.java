package dev.parley.socketio.engine;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Pure Engine.IO v4 encoders and decoders: no I/O, no state. Text packets are a type digit followed
 * by their data; in a polling payload packets are joined with the record separator {@code \u001e}
 * and binary messages are written as {@code b} + standard base64.
 */
public final class EngineCodec {

  /** Separates packets in a polling payload. */
  public static final char RECORD_SEPARATOR = '\u001e';

  private EngineCodec() {}

  /** Decodes one text packet (a WebSocket text frame, or one record of a polling payload). */
  public static EnginePacket decodePacket(String text) throws EngineParseException {
    if (text == null || text.isEmpty()) {
      throw new EngineParseException("empty packet");
    }
    char type = text.charAt(0);
    String data = text.substring(1);
    return switch (type) {
      case '0' -> new EnginePacket.Open(data);
      case '1' -> new EnginePacket.Close();
      case '2' -> new EnginePacket.Ping(data);
      case '3' -> new EnginePacket.Pong(data);
      case '4' -> new EnginePacket.TextMessage(data);
      case '5' -> new EnginePacket.Upgrade();
      case '6' -> new EnginePacket.Noop();
      case 'b' -> new EnginePacket.BinaryMessage(decodeBase64(data));
      default -> throw new EngineParseException("unknown packet type '" + printable(type) + "'");
    };
  }

  /** Decodes a polling payload: one or more packets joined with {@link #RECORD_SEPARATOR}. */
  public static List<EnginePacket> decodePayload(String payload) throws EngineParseException {
    if (payload == null || payload.isEmpty()) {
      throw new EngineParseException("empty payload");
    }
    List<EnginePacket> packets = new ArrayList<>();
    int start = 0;
    while (true) {
      int end = payload.indexOf(RECORD_SEPARATOR, start);
      if (end < 0) {
        packets.add(decodePacket(payload.substring(start)));
        return packets;
      }
      packets.add(decodePacket(payload.substring(start, end)));
      start = end + 1;
    }
  }

  /** Encodes one packet as text; a binary message becomes {@code b} + base64. */
  public static String encodePacket(EnginePacket packet) {
    return switch (packet) {
      case EnginePacket.Open open -> "0" + open.json();
      case EnginePacket.Close close -> "1";
      case EnginePacket.Ping ping -> "2" + ping.data();
      case EnginePacket.Pong pong -> "3" + pong.data();
      case EnginePacket.TextMessage message -> "4" + message.data();
      case EnginePacket.BinaryMessage message ->
          "b" + Base64.getEncoder().encodeToString(message.data());
      case EnginePacket.Upgrade upgrade -> "5";
      case EnginePacket.Noop noop -> "6";
    };
  }

  /** Encodes packets as one polling payload, joined with {@link #RECORD_SEPARATOR}. */
  public static String encodePayload(List<? extends EnginePacket> packets) {
    StringBuilder payload = new StringBuilder();
    for (EnginePacket packet : packets) {
      if (!payload.isEmpty()) {
        payload.append(RECORD_SEPARATOR);
      }
      payload.append(encodePacket(packet));
    }
    return payload.toString();
  }

  /** Decodes strict UTF-8: malformed input is a parse error, not replacement characters. */
  public static String decodeUtf8(byte[] bytes) throws EngineParseException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new EngineParseException("invalid UTF-8");
    }
  }

  private static byte[] decodeBase64(String data) throws EngineParseException {
    try {
      return Base64.getDecoder().decode(data);
    } catch (IllegalArgumentException e) {
      throw new EngineParseException("invalid base64 in binary packet");
    }
  }

  private static String printable(char c) {
    return Character.isISOControl(c) || Character.isSurrogate(c)
        ? String.format("\\u%04x", (int) c)
        : String.valueOf(c);
  }

  /** The length of {@code text} in UTF-8, without encoding it. */
  static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /** The bytes a packet holds for the client: a message's data, nothing for control packets. */
  static long payloadBytes(EnginePacket packet) {
    return switch (packet) {
      case EnginePacket.TextMessage text -> utf8Length(text.data());
      case EnginePacket.BinaryMessage binary -> binary.data().length;
      default -> 0;
    };
  }
}
