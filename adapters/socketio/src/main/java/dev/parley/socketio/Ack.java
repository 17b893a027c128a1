package dev.parley.socketio;

/** The acknowledgement callback of one received event. */
public interface Ack {
  /** Whether the client asked for an acknowledgement. */
  boolean requested();

  /**
   * Sends the acknowledgement with these arguments (JsonNode, byte[] or anything Jackson binds).
   * Only the first call sends; nothing is sent when the client did not ask.
   */
  void send(Object... args);
}
