package dev.parley.socketio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OriginPolicyTest {
  private final OriginPolicy sameOrigin = OriginPolicy.sameOrigin();
  private final OriginPolicy listed = OriginPolicy.only(List.of("https://App.Example"));

  @Test
  void a_request_without_an_origin_is_no_browser_cross_origin_request_and_passes() {
    assertThat(sameOrigin.allows(null, "parley.example")).isTrue();
    assertThat(listed.allows(null, null)).isTrue();
  }

  @Test
  void by_default_only_the_pages_own_origin_passes() {
    assertThat(sameOrigin.allows("http://localhost:5000", "localhost:5000")).isTrue();
    assertThat(sameOrigin.allows("https://parley.example", "parley.example")).isTrue();
    assertThat(sameOrigin.allows("https://parley.example", "parley.example:443")).isTrue();
    assertThat(sameOrigin.allows("http://parley.example:80", "Parley.Example")).isTrue();

    assertThat(sameOrigin.allows("http://localhost:3000", "localhost:5000")).isFalse();
    assertThat(sameOrigin.allows("https://evil.example", "parley.example")).isFalse();
    assertThat(sameOrigin.allows("https://parley.example", "parley.example:80")).isFalse();
    assertThat(sameOrigin.allows("https://parley.example.evil.example", "parley.example"))
        .isFalse();
    assertThat(sameOrigin.allows("null", "parley.example")).isFalse();
    assertThat(sameOrigin.allows("file://", "parley.example")).isFalse();
    assertThat(sameOrigin.allows("http://localhost:5000", null)).isFalse();
    assertThat(sameOrigin.allows("not an origin", "localhost:5000")).isFalse();
  }

  @Test
  void an_allow_list_admits_exactly_its_origins_in_any_case() {
    assertThat(listed.allows("https://app.example", "parley.example")).isTrue();
    assertThat(listed.allows("HTTPS://APP.EXAMPLE", "parley.example")).isTrue();

    assertThat(listed.allows("http://app.example", "parley.example")).isFalse();
    assertThat(listed.allows("https://app.example:8443", "parley.example")).isFalse();
    assertThat(listed.allows("https://parley.example", "parley.example")).isFalse();
  }
}
