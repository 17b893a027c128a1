package dev.parley.http.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import dev.parley.domain.account.PasswordHasher;

/**
 * bcrypt ($2b$) through at.favre.lib:bcrypt. Passwords longer than bcrypt's 72-byte input are
 * pre-hashed with SHA-512 instead of being silently truncated. See docs/adr/0002.
 */
public final class BcryptPasswordHasher implements PasswordHasher {
  /** About a quarter of a second per hash on a current laptop core. */
  public static final int PRODUCTION_COST = 12;

  private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2B;

  private final int cost;
  private final BCrypt.Hasher hasher =
      BCrypt.with(VERSION, LongPasswordStrategies.hashSha512(VERSION));
  private final BCrypt.Verifyer verifyer =
      BCrypt.verifyer(VERSION, LongPasswordStrategies.hashSha512(VERSION));

  /** {@code cost} is bcrypt's log2 work factor, 4 to 31; tests use 4, production 12. */
  public BcryptPasswordHasher(int cost) {
    if (cost < 4 || cost > 31) {
      throw new IllegalArgumentException("bcrypt cost must be between 4 and 31, was " + cost);
    }
    this.cost = cost;
  }

  @Override
  public String hash(String password) {
    return hasher.hashToString(cost, password.toCharArray());
  }

  @Override
  public boolean matches(String password, String hash) {
    try {
      return verifyer.verify(password.toCharArray(), hash.toCharArray()).verified;
    } catch (IllegalArgumentException notABcryptHash) {
      return false;
    }
  }
}
