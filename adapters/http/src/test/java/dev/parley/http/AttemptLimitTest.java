package dev.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each test starts its own server, so the per-IP budgets are not spent by other tests. */
class AttemptLimitTest {
  @Test
  void too_many_registrations_from_one_ip_are_429() {
    int normal = RestApiTest.registrationsAllowed;
    RestApiTest.registrationsAllowed = 2;
    RestApiTest.start();
    try {
      for (int i = 0; i < 2; i++) {
        RestApiTest.newAccount();
      }

      RestApiTest.Response limited =
          RestApiTest.post(
              "/api/auth/register",
              null,
              RestApiTest.json(
                  Map.of("email", "third@example.org", "password", "long enough to pass")));

      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.code()).isEqualTo("RATE_LIMITED");
    } finally {
      RestApiTest.stop();
      RestApiTest.registrationsAllowed = normal;
    }
  }

  @Test
  void too_many_login_attempts_from_one_ip_are_429_with_retry_after() {
    RestApiTest.start();
    try {
      String body =
          RestApiTest.json(Map.of("email", "nobody@example.org", "password", "whatever1"));
      for (int i = 0; i < RestApiTest.loginAttemptsAllowed; i++) {
        assertThat(RestApiTest.post("/api/auth/login", null, body).status()).isEqualTo(401);
      }

      RestApiTest.Response limited = RestApiTest.post("/api/auth/login", null, body);

      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.code()).isEqualTo("RATE_LIMITED");
      assertThat(limited.raw().headers().firstValue("Retry-After")).isPresent();
      assertThat(Long.parseLong(limited.raw().headers().firstValue("Retry-After").orElseThrow()))
          .isBetween(1L, 600L);
    } finally {
      RestApiTest.stop();
    }
  }
}
