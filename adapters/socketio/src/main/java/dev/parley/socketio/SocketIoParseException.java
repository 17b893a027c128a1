package dev.parley.socketio;

/** Input that is not a valid Socket.IO v5 packet; the connection that sent it is closed. */
public final class SocketIoParseException extends Exception {
  private static final long serialVersionUID = 1L;

  public SocketIoParseException(String message) {
    super(message);
  }
}
