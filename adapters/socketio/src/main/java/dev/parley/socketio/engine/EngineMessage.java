package dev.parley.socketio.engine;

import java.util.Arrays;

/** The payload of an Engine.IO message packet: text or binary. */
public sealed interface EngineMessage {

  record Text(String data) implements EngineMessage {
    public Text {
      if (data == null) {
        throw new IllegalArgumentException("text message data is null");
      }
    }
  }

  /** Binary data; the array is owned by the message once created, so do not mutate it. */
  record Binary(byte[] data) implements EngineMessage {
    public Binary {
      if (data == null) {
        throw new IllegalArgumentException("binary message data is null");
      }
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Binary binary && Arrays.equals(data, binary.data);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
      return "Binary[" + data.length + " bytes]";
    }
  }
}
