package dev.parley.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.domain.account.IdentifyingACaller;
import dev.parley.domain.account.IdentifyingACaller.Identification;
import dev.parley.domain.account.User;
import dev.parley.domain.port.AuditEvent;
import dev.parley.domain.port.RateLimiter;
import dev.parley.socketio.Admission;
import dev.parley.socketio.Handlers;
import dev.parley.socketio.Handshake;
import dev.parley.socketio.Json;
import dev.parley.socketio.Socket;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The namespace middleware of the seed: {@code auth.token} must be a valid access token of an
 * existing user. The CONNECT_ERROR message is the seed's ({@code Authentication error} or {@code
 * User not found}) and {@code data.code} says which case it is. An IP address opening too many
 * connections is refused before any token is checked. An admitted socket carries its user's id and
 * email in {@code socket.data()} ({@value #USER_ID}, {@value #USER_EMAIL}).
 */
final class HandshakeAuthentication implements Handlers.Middleware {

  static final String USER_ID = "userId";
  static final String USER_EMAIL = "userEmail";
  static final String CLIENT_ADDRESS = "clientAddress";
  static final String AUTHENTICATION_ERROR = "Authentication error";
  static final String USER_NOT_FOUND = "User not found";

  /** Longer than any token this service issues: not worth verifying. */
  static final int MAX_TOKEN_LENGTH = 8192;

  /** How a handshake was judged: admitted for a user, or refused with a message and data. */
  sealed interface Verdict {
    record Admitted(User user) implements Verdict {}

    record Refused(String message, String code, Optional<Long> retryAfterMillis)
        implements Verdict {}
  }

  private final IdentifyingACaller identifying;
  private final RateLimiter limiter;
  private final GatewaySettings settings;
  private final EventAudit audit;

  HandshakeAuthentication(
      IdentifyingACaller identifying,
      RateLimiter limiter,
      GatewaySettings settings,
      EventAudit audit) {
    this.identifying = identifying;
    this.limiter = limiter;
    this.settings = settings;
    this.audit = audit;
  }

  @Override
  public Admission admit(Socket socket) {
    Handshake handshake = socket.handshake();
    Verdict verdict = judge(handshake);
    switch (verdict) {
      case Verdict.Admitted admitted -> {
        socket.data().put(USER_ID, admitted.user().id().toString());
        socket.data().put(USER_EMAIL, admitted.user().email());
        socket.data().put(CLIENT_ADDRESS, clientAddress(handshake));
        audit.record(
            Optional.of(admitted.user().id()),
            socket.id(),
            clientAddress(handshake),
            "connect",
            Optional.empty(),
            AuditEvent.OK,
            socket.transport());
        return Admission.allow();
      }
      case Verdict.Refused refused -> {
        audit.record(
            Optional.empty(),
            socket.id(),
            clientAddress(handshake),
            "connect",
            Optional.empty(),
            refused.code(),
            refused.message());
        var data = Json.object().put("code", refused.code());
        refused.retryAfterMillis().ifPresent(wait -> data.put("retry_after_ms", wait));
        return Admission.refuse(refused.message(), data);
      }
    }
  }

  Verdict judge(Handshake handshake) {
    if (limiter.tryAcquire(
            "socket-handshakes:" + clientAddress(handshake),
            settings.handshakesPerIp(),
            settings.handshakeWindow())
        instanceof RateLimiter.Decision.Limited limited) {
      return new Verdict.Refused(
          "Too many connection attempts",
          "RATE_LIMITED",
          Optional.of(limited.retryAfter().toMillis()));
    }
    JsonNode token = handshake.auth().get("token");
    if (token == null || token.isNull() || (token.isTextual() && token.textValue().isBlank())) {
      return authenticationError("AUTH_TOKEN_MISSING");
    }
    if (!token.isTextual() || token.textValue().length() > MAX_TOKEN_LENGTH) {
      return authenticationError("AUTH_TOKEN_INVALID");
    }
    return switch (identifying.identify(token.textValue())) {
      case Identification.Identified identified -> new Verdict.Admitted(identified.user());
      case Identification.InvalidToken invalid ->
          authenticationError(
              switch (invalid.problem()) {
                case MISSING -> "AUTH_TOKEN_MISSING";
                case INVALID -> "AUTH_TOKEN_INVALID";
                case EXPIRED -> "AUTH_TOKEN_EXPIRED";
              });
      case Identification.UnknownUser unknown ->
          new Verdict.Refused(USER_NOT_FOUND, "USER_NOT_FOUND", Optional.empty());
    };
  }

  /** The client's address: the peer's, or the one a trusted load balancer forwarded. */
  private String clientAddress(Handshake handshake) {
    return settings
        .trustedProxies()
        .clientOf(handshake.address(), handshake.header("x-forwarded-for"));
  }

  /** The address an admitted socket's client connected from. */
  static String clientAddressOf(Socket socket) {
    return socket.data().get(CLIENT_ADDRESS) instanceof String address
        ? address
        : socket.handshake().address();
  }

  /** The user an admitted socket speaks for. */
  static Optional<UUID> userOf(Map<String, Object> socketData) {
    if (socketData.get(USER_ID) instanceof String id) {
      try {
        return Optional.of(UUID.fromString(id));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Verdict authenticationError(String code) {
    return new Verdict.Refused(AUTHENTICATION_ERROR, code, Optional.empty());
  }
}
