package dev.parley.gateway;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The events a client may emit; anything else is ignored (and audited). */
enum ClientEvent {
  JOIN_NEGOTIATION("join-negotiation"),
  LEAVE_NEGOTIATION("leave-negotiation"),
  SEND_MESSAGE("send-message"),
  TYPING_START("typing-start"),
  TYPING_STOP("typing-stop"),
  PROPOSE_TERMS("propose-terms"),
  ACCEPT_TERMS("accept-terms"),
  WALK_AWAY("walk-away"),
  DEV_TRIGGER_AI("dev-trigger-ai"),
  DEV_COMPLETE_NEGOTIATION("dev-complete-negotiation");

  private static final Map<String, ClientEvent> BY_NAME =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(e -> e.wireName, Function.identity()));

  private final String wireName;

  ClientEvent(String wireName) {
    this.wireName = wireName;
  }

  String wireName() {
    return wireName;
  }

  static Optional<ClientEvent> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }
}
