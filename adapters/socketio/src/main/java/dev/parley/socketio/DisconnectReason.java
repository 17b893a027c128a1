package dev.parley.socketio;

/** Why a socket left its namespace, with the Node server's wording. */
public enum DisconnectReason {
  TRANSPORT_ERROR("transport error", true),
  TRANSPORT_CLOSE("transport close", true),
  FORCED_CLOSE("forced close", true),
  PING_TIMEOUT("ping timeout", true),
  PARSE_ERROR("parse error", false),
  SERVER_SHUTTING_DOWN("server shutting down", true),
  FORCED_SERVER_CLOSE("forced server close", true),
  CLIENT_NAMESPACE_DISCONNECT("client namespace disconnect", false),
  SERVER_NAMESPACE_DISCONNECT("server namespace disconnect", false);

  private final String wire;
  private final boolean recoverable;

  DisconnectReason(String wire, boolean recoverable) {
    this.wire = wire;
    this.recoverable = recoverable;
  }

  /** Whether connection state recovery keeps the session after this reason. */
  public boolean recoverable() {
    return recoverable;
  }

  /** The reason an Engine.IO close gives; unknown wording counts as a transport close. */
  public static DisconnectReason fromEngine(String reason) {
    for (DisconnectReason candidate : values()) {
      if (candidate.wire.equals(reason)) {
        return candidate;
      }
    }
    return TRANSPORT_CLOSE;
  }

  @Override
  public String toString() {
    return wire;
  }
}
