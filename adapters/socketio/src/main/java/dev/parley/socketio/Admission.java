package dev.parley.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/** A middleware's verdict on a connection to a namespace. */
public sealed interface Admission {
  record Allowed() implements Admission {}

  /** Sent to the client as CONNECT_ERROR {@code {"message":..., "data":...}}. */
  record Refused(String message, Optional<JsonNode> data) implements Admission {
    public Refused {
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(data, "data");
    }
  }

  static Admission allow() {
    return new Allowed();
  }

  static Admission refuse(String message) {
    return new Refused(message, Optional.empty());
  }

  /** Refuses with extra data for the client ({@code err.data}); any value Jackson binds. */
  static Admission refuse(String message, Object data) {
    return new Refused(message, Optional.of(Json.toNode(data)));
  }
}
