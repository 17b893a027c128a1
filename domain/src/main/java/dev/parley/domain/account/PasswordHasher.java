package dev.parley.domain.account;

/**
 * A slow, salted password hash. {@link #hash} output is self-describing (algorithm, cost, salt), so
 * {@link #matches} works on hashes made with other costs.
 */
public interface PasswordHasher {
  String hash(String password);

  /** True when {@code password} is the one {@code hash} was made from; false for a foreign hash. */
  boolean matches(String password, String hash);
}
