package dev.parley.socketio.engine;

import java.util.List;

/** One Engine.IO session whatever its transport. Thread-safe; sending never blocks the caller. */
public interface EngineSocket {
  String id();

  EngineHandshake handshake();

  /** The current transport: {@code "polling"} or {@code "websocket"}. */
  String transport();

  /**
   * Queues the messages atomically, in order (a packet and its binary attachments travel together).
   * Returns false when they were dropped: {@code droppable} and the queued bytes would pass half
   * the outbound budget ({@link EngineOptions#maxBufferedBytes()}), or the socket is closed. A
   * non-droppable send past the whole budget closes the connection with "transport error" and one
   * log line. A client with nothing queued takes any message.
   */
  boolean send(List<EngineMessage> messages, boolean droppable);

  /** Server-initiated close; the listener gets {@code onClose("forced server close")}. */
  void close();

  boolean isOpen();
}
