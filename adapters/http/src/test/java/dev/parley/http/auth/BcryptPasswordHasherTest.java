package dev.parley.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BcryptPasswordHasherTest {
  final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);

  @Test
  void a_hash_matches_its_password_only() {
    String hash = hasher.hash("correct horse battery staple");

    assertThat(hash).startsWith("$2b$04$").doesNotContain("correct");
    assertThat(hasher.matches("correct horse battery staple", hash)).isTrue();
    assertThat(hasher.matches("correct horse battery stapler", hash)).isFalse();
  }

  @Test
  void the_same_password_hashes_differently_each_time() {
    assertThat(hasher.hash("same password")).isNotEqualTo(hasher.hash("same password"));
  }

  @Test
  void a_hash_made_with_another_cost_still_verifies() {
    String hash = new BcryptPasswordHasher(5).hash("pa55word!");

    assertThat(hasher.matches("pa55word!", hash)).isTrue();
  }

  @Test
  void passwords_longer_than_72_bytes_are_not_truncated() {
    String base = "x".repeat(72);
    String hash = hasher.hash(base + "tail-one");

    assertThat(hasher.matches(base + "tail-one", hash)).isTrue();
    assertThat(hasher.matches(base + "tail-two", hash)).isFalse();
  }

  @Test
  void a_malformed_hash_matches_nothing() {
    assertThat(hasher.matches("anything", "not-a-bcrypt-hash")).isFalse();
    assertThat(hasher.matches("anything", "")).isFalse();
  }
}
