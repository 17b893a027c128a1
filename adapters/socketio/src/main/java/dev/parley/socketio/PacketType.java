package dev.parley.socketio;

/** The seven Socket.IO v5 packet types, with their wire digit. */
public enum PacketType {
  CONNECT,
  DISCONNECT,
  EVENT,
  ACK,
  CONNECT_ERROR,
  BINARY_EVENT,
  BINARY_ACK;

  private static final PacketType[] BY_CODE = values();

  /** The digit that starts the encoded packet. */
  public int code() {
    return ordinal();
  }

  static PacketType ofCode(char digit) throws SocketIoParseException {
    int code = digit - '0';
    if (code < 0 || code >= BY_CODE.length) {
      throw new SocketIoParseException("unknown packet type " + digit);
    }
    return BY_CODE[code];
  }
}
