package dev.parley.http.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import dev.parley.domain.account.TokenService.Verification;
import dev.parley.domain.account.User;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JwtTokenServiceTest {
  static final String SECRET = "a-test-secret-of-at-least-32-bytes!!";
  static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final JwtTokenService tokens = new JwtTokenService(SECRET, Duration.ofHours(1), clock);
  final User ada =
      new User(UUID.randomUUID(), "ada@example.org", "hash", "Ada", NOW.minusSeconds(60));

  @Test
  void an_issued_token_verifies_to_its_user_and_carries_the_contract_claims() {
    var token = tokens.issue(ada);

    assertThat(tokens.verify(token.value()))
        .isEqualTo(new Verification.Verified(ada.id(), "ada@example.org"));
    assertThat(token.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    var decoded = JWT.decode(token.value());
    assertThat(decoded.getAlgorithm()).isEqualTo("HS256");
    assertThat(decoded.getClaim("userId").asString()).isEqualTo(ada.id().toString());
    assertThat(decoded.getClaim("email").asString()).isEqualTo("ada@example.org");
    assertThat(decoded.getIssuedAtAsInstant()).isEqualTo(NOW);
    assertThat(decoded.getExpiresAtAsInstant()).isEqualTo(NOW.plus(Duration.ofHours(1)));
  }

  @Test
  void a_token_is_refused_once_it_has_expired() {
    var token = tokens.issue(ada);
    var later =
        new JwtTokenService(
            SECRET,
            Duration.ofHours(1),
            Clock.fixed(NOW.plus(Duration.ofHours(2)), ZoneOffset.UTC));

    assertThat(later.verify(token.value()))
        .isInstanceOfSatisfying(
            Verification.Rejected.class, rejected -> assertThat(rejected.expired()).isTrue());
  }

  @Test
  void a_token_without_exp_is_refused() {
    String token =
        JWT.create()
            .withClaim("userId", ada.id().toString())
            .withIssuedAt(NOW)
            .sign(Algorithm.HMAC256(SECRET));

    assertThat(tokens.verify(token)).isInstanceOf(Verification.Rejected.class);
  }

  @Test
  void a_token_signed_with_another_secret_is_refused() {
    var other =
        new JwtTokenService("another-secret-of-at-least-32-bytes!", Duration.ofHours(1), clock);

    assertThat(tokens.verify(other.issue(ada).value()))
        .isInstanceOfSatisfying(
            Verification.Rejected.class, rejected -> assertThat(rejected.expired()).isFalse());
  }

  @Test
  void an_unsigned_alg_none_token_is_refused() {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header =
        b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String payload =
        b64.encodeToString(
            ("{\"userId\":\""
                    + ada.id()
                    + "\",\"exp\":"
                    + NOW.plusSeconds(600).getEpochSecond()
                    + "}")
                .getBytes(StandardCharsets.UTF_8));

    assertThat(tokens.verify(header + "." + payload + "."))
        .isInstanceOf(Verification.Rejected.class);
    assertThat(tokens.verify(header + "." + payload)).isInstanceOf(Verification.Rejected.class);
  }

  @Test
  void a_token_with_another_hmac_algorithm_and_the_right_secret_is_refused() {
    String token =
        JWT.create()
            .withClaim("userId", ada.id().toString())
            .withExpiresAt(NOW.plusSeconds(600))
            .sign(Algorithm.HMAC512(SECRET));

    assertThat(tokens.verify(token)).isInstanceOf(Verification.Rejected.class);
  }

  @Test
  void a_tampered_payload_is_refused() {
    String[] parts = tokens.issue(ada).value().split("\\.");
    String forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                ("{\"userId\":\""
                        + UUID.randomUUID()
                        + "\",\"exp\":"
                        + NOW.plusSeconds(600).getEpochSecond()
                        + "}")
                    .getBytes(StandardCharsets.UTF_8));

    assertThat(tokens.verify(parts[0] + "." + forged + "." + parts[2]))
        .isInstanceOf(Verification.Rejected.class);
  }

  @Test
  void garbage_and_a_non_uuid_user_id_are_refused() {
    String notAUuid =
        JWT.create()
            .withClaim("userId", "42")
            .withExpiresAt(NOW.plusSeconds(600))
            .sign(Algorithm.HMAC256(SECRET));

    assertThat(tokens.verify("not.a.token")).isInstanceOf(Verification.Rejected.class);
    assertThat(tokens.verify("")).isInstanceOf(Verification.Rejected.class);
    assertThat(tokens.verify(notAUuid)).isInstanceOf(Verification.Rejected.class);
  }

  @Test
  void a_short_secret_is_refused_at_construction() {
    assertThatThrownBy(() -> new JwtTokenService("short", Duration.ofHours(1), clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
  }
}
