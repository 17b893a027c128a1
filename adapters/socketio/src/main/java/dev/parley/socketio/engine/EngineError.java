package dev.parley.socketio.engine;

/** The Node server's request errors, with their JSON codes, messages and HTTP statuses. */
enum EngineError {
  UNKNOWN_TRANSPORT(0, "Transport unknown", 400),
  UNKNOWN_SID(1, "Session ID unknown", 400),
  BAD_HANDSHAKE_METHOD(2, "Bad handshake method", 400),
  BAD_REQUEST(3, "Bad request", 400),
  FORBIDDEN(4, "Forbidden", 403),
  UNSUPPORTED_PROTOCOL_VERSION(5, "Unsupported protocol version", 400),
  /**
   * Ours, not Node's: a draining node refuses new sessions so a load balancer retries elsewhere.
   */
  SHUTTING_DOWN(3, "Server shutting down", 503),
  /** Ours: {@link SessionLimits#maxSessions()} sessions are open. */
  AT_CAPACITY(3, "Server at capacity", 503),
  /** Ours: the client's address spent its {@link SessionLimits#handshakesPerIpPerMinute()}. */
  TOO_MANY_HANDSHAKES(3, "Too many handshakes", 429);

  private final int code;
  private final String message;
  private final int status;

  EngineError(int code, String message, int status) {
    this.code = code;
    this.message = message;
    this.status = status;
  }

  int status() {
    return status;
  }

  String message() {
    return message;
  }

  /** The response body, {@code {"code":n,"message":"..."}}. */
  String json() {
    return "{\"code\":" + code + ",\"message\":\"" + message + "\"}";
  }
}
