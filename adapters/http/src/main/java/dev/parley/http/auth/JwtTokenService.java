package dev.parley.http.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.parley.domain.account.TokenService;
import dev.parley.domain.account.User;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * HS256 JSON Web Tokens carrying {@code userId}, {@code email}, {@code iat} and {@code exp}, the
 * claims the Socket.IO contract reads. Verification accepts only HS256 with this secret (so {@code
 * alg: none} and every other algorithm are refused) and requires an unexpired {@code exp}.
 */
public final class JwtTokenService implements TokenService {
  /** HS256 keys shorter than the hash output weaken it (RFC 7518 §3.2). */
  public static final int MIN_SECRET_BYTES = 32;

  public static final Duration DEFAULT_LIFETIME = Duration.ofHours(24);

  private static final String USER_ID = "userId";
  private static final String EMAIL = "email";

  private final Algorithm algorithm;
  private final Duration lifetime;
  private final Clock clock;
  private final JWTVerifier verifier;

  public JwtTokenService(String secret, Duration lifetime, Clock clock) {
    byte[] key = secret.getBytes(StandardCharsets.UTF_8);
    if (key.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "the JWT secret must be at least " + MIN_SECRET_BYTES + " bytes long");
    }
    this.algorithm = Algorithm.HMAC256(key);
    this.lifetime = lifetime;
    this.clock = clock;
    this.verifier =
        ((JWTVerifier.BaseVerification)
                JWT.require(algorithm)
                    .withClaimPresence("exp")
                    .withClaimPresence(USER_ID)
                    .acceptLeeway(0))
            .build(clock);
  }

  @Override
  public AccessToken issue(User user) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Instant expiresAt = now.plus(lifetime);
    String token =
        JWT.create()
            .withClaim(USER_ID, user.id().toString())
            .withClaim(EMAIL, user.email())
            .withIssuedAt(now)
            .withExpiresAt(expiresAt)
            .sign(algorithm);
    return new AccessToken(token, expiresAt);
  }

  @Override
  public Verification verify(String token) {
    DecodedJWT jwt;
    try {
      jwt = verifier.verify(token);
    } catch (TokenExpiredException e) {
      return new Verification.Rejected("TokenExpiredException: " + e.getMessage(), true);
    } catch (JWTVerificationException e) {
      return new Verification.Rejected(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    String userId = jwt.getClaim(USER_ID).asString();
    if (userId == null) {
      return new Verification.Rejected("userId is not a string");
    }
    try {
      return new Verification.Verified(UUID.fromString(userId), jwt.getClaim(EMAIL).asString());
    } catch (IllegalArgumentException e) {
      return new Verification.Rejected("userId is not a UUID");
    }
  }
}
