package dev.parley.domain.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
  private final TrustedProxies balancer = new TrustedProxies(Set.of("10.0.0.5", "10.0.0.6"));

  @Test
  void without_trusted_proxies_the_peer_is_the_client_whatever_the_header_says() {
    assertThat(TrustedProxies.NONE.clientOf("203.0.113.9", Optional.of("198.51.100.1")))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void behind_a_trusted_proxy_the_forwarded_client_counts() {
    assertThat(balancer.clientOf("10.0.0.5", Optional.of("198.51.100.1")))
        .isEqualTo("198.51.100.1");
  }

  @Test
  void a_forged_left_part_is_ignored_the_right_most_untrusted_hop_is_the_client() {
    assertThat(balancer.clientOf("10.0.0.5", Optional.of("1.2.3.4, 198.51.100.1, 10.0.0.6")))
        .isEqualTo("198.51.100.1");
  }

  @Test
  void an_untrusted_peer_cannot_claim_another_address() {
    assertThat(balancer.clientOf("203.0.113.9", Optional.of("198.51.100.1")))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void a_trusted_proxy_without_the_header_or_with_an_empty_one_is_the_client() {
    assertThat(balancer.clientOf("10.0.0.5", Optional.empty())).isEqualTo("10.0.0.5");
    assertThat(balancer.clientOf("10.0.0.5", Optional.of(" , "))).isEqualTo("10.0.0.5");
  }
}
