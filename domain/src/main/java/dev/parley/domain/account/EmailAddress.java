package dev.parley.domain.account;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The email rules: trimmed, lower-cased, one {@code @}, a dotted domain, at most 254 chars. */
public final class EmailAddress {
  static final int MAX_LENGTH = 254;
  private static final Pattern SHAPE =
      Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}.]+");

  private EmailAddress() {}

  /** The normalised form of {@code raw}, or empty when it is not an email address. */
  public static Optional<String> normalise(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String email = raw.strip().toLowerCase(Locale.ROOT);
    if (email.length() > MAX_LENGTH || !SHAPE.matcher(email).matches()) {
      return Optional.empty();
    }
    return Optional.of(email);
  }
}
