package dev.parley.http.auth;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import dev.parley.domain.account.PasswordScreen;
import java.util.List;
import java.util.Optional;

/**
 * The password screen of zxcvbn (com.nulab-inc:zxcvbn, a port of Dropbox's estimator): it matches a
 * password against its bundled lists of the most common breached passwords, dictionary words and
 * names, and against keyboard patterns, repetitions, sequences, dates and the account's own words,
 * and estimates the guesses an attacker needs. Below score 3 (about 10^8 guesses) is refused.
 */
public final class ZxcvbnPasswordScreen implements PasswordScreen {
  static final int MIN_SCORE = 3;

  private final Zxcvbn zxcvbn = new Zxcvbn();

  @Override
  public Optional<String> weakness(String password, List<String> context) {
    Strength strength = zxcvbn.measure(password, context);
    if (strength.getScore() >= MIN_SCORE) {
      return Optional.empty();
    }
    String warning = strength.getFeedback().getWarning();
    return Optional.of(
        "is too easy to guess"
            + (warning == null || warning.isBlank() ? "" : " (" + warning.strip() + ")")
            + "; a few unrelated words make a strong one");
  }
}
