package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.domain.account.IdentifyingACaller;
import dev.parley.domain.account.TokenService;
import dev.parley.domain.account.User;
import dev.parley.domain.usecase.TrustedProxies;
import dev.parley.gateway.HandshakeAuthentication.Verdict;
import dev.parley.memory.InMemoryAuditTrail;
import dev.parley.memory.InMemoryRateLimiter;
import dev.parley.memory.InMemoryUsers;
import dev.parley.socketio.Handshake;
import dev.parley.socketio.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HandshakeAuthenticationTest {
  final User ada =
      new User(
          UUID.randomUUID(),
          "ada@example.org",
          "hash",
          "Ada",
          Instant.parse("2026-01-01T00:00:00Z"));
  final InMemoryUsers users = new InMemoryUsers();

  /** "good" is Ada's token, "gone" a valid token of nobody, "old" expired; the rest is forged. */
  final TokenService tokens =
      new TokenService() {
        @Override
        public AccessToken issue(User user) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Verification verify(String token) {
          return switch (token) {
            case "good" -> new Verification.Verified(ada.id(), ada.email());
            case "gone" -> new Verification.Verified(UUID.randomUUID(), "gone@example.org");
            case "old" -> new Verification.Rejected("expired", true);
            default -> new Verification.Rejected("forged");
          };
        }
      };

  HandshakeAuthentication authentication(int handshakesPerIp) {
    return new HandshakeAuthentication(
        new IdentifyingACaller(tokens, users),
        new InMemoryRateLimiter(Clock.systemUTC()),
        GatewaySettings.defaults().withHandshakesPerIp(handshakesPerIp, Duration.ofMinutes(1)),
        new EventAudit(new InMemoryAuditTrail(100), Clock.systemUTC()));
  }

  static Handshake handshake(String ip, ObjectNode auth) {
    return new Handshake(
        Map.of(), Map.of(), ip, "/socket.io/", false, false, Instant.now(), Instant.now(), auth);
  }

  static Verdict.Refused refused(String message, String code) {
    return new Verdict.Refused(message, code, Optional.empty());
  }

  @Test
  void the_seeds_messages_with_a_code_for_each_case() {
    users.add(ada);
    HandshakeAuthentication auth = authentication(100);
    String error = HandshakeAuthentication.AUTHENTICATION_ERROR;

    assertThat(auth.judge(handshake("10.0.0.1", Json.object().put("token", "good"))))
        .isEqualTo(new Verdict.Admitted(ada));
    assertThat(auth.judge(handshake("10.0.0.1", Json.object())))
        .isEqualTo(refused(error, "AUTH_TOKEN_MISSING"));
    assertThat(auth.judge(handshake("10.0.0.1", Json.object().put("token", " "))))
        .isEqualTo(refused(error, "AUTH_TOKEN_MISSING"));
    assertThat(auth.judge(handshake("10.0.0.1", Json.object().put("token", 42))))
        .isEqualTo(refused(error, "AUTH_TOKEN_INVALID"));
    assertThat(auth.judge(handshake("10.0.0.1", Json.object().put("token", "forged"))))
        .isEqualTo(refused(error, "AUTH_TOKEN_INVALID"));
    assertThat(auth.judge(handshake("10.0.0.1", Json.object().put("token", "old"))))
        .isEqualTo(refused(error, "AUTH_TOKEN_EXPIRED"));
    assertThat(auth.judge(handshake("10.0.0.1", Json.object().put("token", "gone"))))
        .isEqualTo(refused(HandshakeAuthentication.USER_NOT_FOUND, "USER_NOT_FOUND"));
  }

  @Test
  void one_address_opening_too_many_connections_is_refused_before_its_token_is_read() {
    users.add(ada);
    HandshakeAuthentication auth = authentication(3);
    for (int i = 0; i < 3; i++) {
      assertThat(auth.judge(handshake("10.0.0.2", Json.object().put("token", "good"))))
          .isInstanceOf(Verdict.Admitted.class);
    }
    Verdict fourth = auth.judge(handshake("10.0.0.2", Json.object().put("token", "good")));
    assertThat(fourth).isInstanceOf(Verdict.Refused.class);
    assertThat(((Verdict.Refused) fourth).code()).isEqualTo("RATE_LIMITED");
    assertThat(((Verdict.Refused) fourth).retryAfterMillis())
        .hasValueSatisfying(wait -> assertThat(wait).isPositive());
    assertThat(auth.judge(handshake("10.0.0.3", Json.object().put("token", "good"))))
        .as("another address is not affected")
        .isInstanceOf(Verdict.Admitted.class);
  }

  @Test
  void behind_a_trusted_balancer_each_forwarded_client_has_its_own_limit() {
    users.add(ada);
    HandshakeAuthentication auth =
        new HandshakeAuthentication(
            new IdentifyingACaller(tokens, users),
            new InMemoryRateLimiter(Clock.systemUTC()),
            GatewaySettings.defaults()
                .withHandshakesPerIp(1, Duration.ofMinutes(1))
                .withTrustedProxies(new TrustedProxies(Set.of("10.0.0.9"))),
            new EventAudit(new InMemoryAuditTrail(100), Clock.systemUTC()));

    assertThat(auth.judge(viaBalancer("198.51.100.1"))).isInstanceOf(Verdict.Admitted.class);
    assertThat(auth.judge(viaBalancer("198.51.100.2")))
        .as("another client behind the same balancer")
        .isInstanceOf(Verdict.Admitted.class);
    assertThat(auth.judge(viaBalancer("198.51.100.1"))).isInstanceOf(Verdict.Refused.class);
  }

  static Handshake viaBalancer(String client) {
    return new Handshake(
        Map.of("x-forwarded-for", List.of(client)),
        Map.of(),
        "10.0.0.9",
        "/socket.io/",
        false,
        false,
        Instant.now(),
        Instant.now(),
        Json.object().put("token", "good"));
  }

  @Test
  void the_user_of_an_admitted_socket_is_read_back_from_its_data() {
    assertThat(
            HandshakeAuthentication.userOf(
                Map.of(HandshakeAuthentication.USER_ID, ada.id().toString())))
        .contains(ada.id());
    assertThat(HandshakeAuthentication.userOf(Map.of())).isEmpty();
    assertThat(HandshakeAuthentication.userOf(Map.of(HandshakeAuthentication.USER_ID, List.of())))
        .isEmpty();
  }
}
