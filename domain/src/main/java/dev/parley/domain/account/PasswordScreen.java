package dev.parley.domain.account;

import java.util.List;
import java.util.Optional;

/**
 * Tells a guessable password from one worth keeping, as NIST SP 800-63B asks of a verifier: one
 * that is, or is close to, a commonly used or breached password, a dictionary word, a repetition or
 * a sequence, or built from words of the context (the person's email or name, the service).
 */
public interface PasswordScreen {
  /**
   * Why {@code password} is too easy to guess, or empty when it is not.
   *
   * @param context words an attacker would try first for this account
   */
  Optional<String> weakness(String password, List<String> context);
}
