package dev.parley.socketio.engine;

import java.util.Arrays;

/**
 * One Engine.IO v4 packet. The wire form is a type digit followed by data (see {@link
 * EngineCodec}).
 */
public sealed interface EnginePacket {

  /** Type 0: the handshake, {@code json} is the open payload. */
  record Open(String json) implements EnginePacket {}

  /** Type 1. */
  record Close() implements EnginePacket {}

  /** Type 2; {@code data} is "probe" during an upgrade, otherwise empty. */
  record Ping(String data) implements EnginePacket {}

  /** Type 3; {@code data} is "probe" during an upgrade, otherwise empty. */
  record Pong(String data) implements EnginePacket {}

  /** Type 4 with text data. */
  record TextMessage(String data) implements EnginePacket {}

  /** Type 4 with binary data ("b" + base64 in text payloads, a binary frame on WebSocket). */
  record BinaryMessage(byte[] data) implements EnginePacket {
    @Override
    public boolean equals(Object other) {
      return other instanceof BinaryMessage binary && Arrays.equals(data, binary.data);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
      return "BinaryMessage[" + data.length + " bytes]";
    }
  }

  /** Type 5. */
  record Upgrade() implements EnginePacket {}

  /** Type 6. */
  record Noop() implements EnginePacket {}

  /** The message packet carrying {@code message}. */
  static EnginePacket of(EngineMessage message) {
    return switch (message) {
      case EngineMessage.Text text -> new TextMessage(text.data());
      case EngineMessage.Binary binary -> new BinaryMessage(binary.data());
    };
  }
}
