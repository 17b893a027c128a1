package dev.parley.socketio.engine;

/** Receives the life cycle of every Engine.IO session of an {@link EngineServer}. */
public interface EngineListener {

  /** Called after the open packet is queued. */
  void onOpen(EngineSocket socket);

  /** Called in arrival order, on the connection's read thread. */
  void onMessage(EngineSocket socket, EngineMessage message);

  /**
   * Called exactly once per session. Reasons as the Node server: "transport close", "transport
   * error", "ping timeout", "forced close" (the client sent a close packet), "parse error", "forced
   * server close", "server shutting down".
   */
  void onClose(EngineSocket socket, String reason);
}
