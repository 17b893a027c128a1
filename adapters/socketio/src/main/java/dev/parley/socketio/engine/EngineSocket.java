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
   * Returns false when they were dropped: {@code droppable} and the outbound buffer is over its
   * soft limit, or the socket is closed. A non-droppable send over the hard limit closes the
   * connection with "transport error".
   */
  boolean send(List<EngineMessage> messages, boolean droppable);

  /** Server-initiated close; the listener gets {@code onClose("forced server close")}. */
  void close();

  boolean isOpen();
}
