package dev.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs alone against the shared server so the per-IP budget is not spent by other tests. */
class LoginRateLimitTest {
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
