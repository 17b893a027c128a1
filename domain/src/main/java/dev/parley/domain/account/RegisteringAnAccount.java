package dev.parley.domain.account;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Someone opens an account with an email, a password and a display name, and is signed in. The
 * password follows NIST SP 800-63B (revision 4): at least 15 characters (it is the only factor), up
 * to 256, any characters, no composition rules, and not one that is easy to guess ({@link
 * PasswordScreen}); lengths count code points, as a person counts characters.
 */
public final class RegisteringAnAccount {
  static final int MIN_PASSWORD_LENGTH = 15;
  static final int MAX_PASSWORD_LENGTH = 256;
  private static final String SERVICE = "parley";
  static final int MAX_DISPLAY_NAME_LENGTH = 80;

  private final UserRepository users;
  private final PasswordHasher hasher;
  private final PasswordScreen screen;
  private final TokenService tokens;
  private final Clock clock;

  public RegisteringAnAccount(
      UserRepository users,
      PasswordHasher hasher,
      PasswordScreen screen,
      TokenService tokens,
      Clock clock) {
    this.users = Objects.requireNonNull(users);
    this.hasher = Objects.requireNonNull(hasher);
    this.screen = Objects.requireNonNull(screen);
    this.tokens = Objects.requireNonNull(tokens);
    this.clock = Objects.requireNonNull(clock);
  }

  /**
   * Registers an account. {@code displayName} may be null or blank: the email's local part is used.
   */
  public Registration register(String email, String password, String displayName) {
    var normalised = EmailAddress.normalise(email);
    if (normalised.isEmpty()) {
      return new Registration.Invalid("email", "must be an email address");
    }
    int passwordLength = password == null ? 0 : password.codePointCount(0, password.length());
    if (passwordLength < MIN_PASSWORD_LENGTH) {
      return new Registration.Invalid(
          "password", "must be at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    if (passwordLength > MAX_PASSWORD_LENGTH) {
      return new Registration.Invalid(
          "password", "must be at most " + MAX_PASSWORD_LENGTH + " characters");
    }
    String localPart = normalised.get().substring(0, normalised.get().indexOf('@'));
    String name = DisplayName.clean(displayName);
    if (name.isEmpty()) {
      name = localPart;
    }
    Optional<String> guessable =
        screen.weakness(password, List.of(normalised.get(), localPart, name, SERVICE));
    if (guessable.isPresent()) {
      return new Registration.Invalid("password", guessable.get());
    }
    Optional<String> refused = DisplayName.problem(name);
    if (refused.isPresent()) {
      return new Registration.Invalid("display_name", refused.get());
    }
    if (DisplayName.length(name) > MAX_DISPLAY_NAME_LENGTH) {
      return new Registration.Invalid(
          "display_name", "must be at most " + MAX_DISPLAY_NAME_LENGTH + " characters");
    }
    if (users.findByEmail(normalised.get()).isPresent()) {
      return new Registration.EmailTaken(normalised.get());
    }
    User user =
        new User(UUID.randomUUID(), normalised.get(), hasher.hash(password), name, clock.instant());
    return switch (users.add(user)) {
      case UserRepository.Addition.Added added ->
          new Registration.Registered(added.user(), tokens.issue(added.user()));
      case UserRepository.Addition.EmailTaken taken -> new Registration.EmailTaken(taken.email());
    };
  }

  /** The outcome of {@link #register}. */
  public sealed interface Registration {
    record Registered(User user, TokenService.AccessToken token) implements Registration {}

    /** {@code field} is the request field at fault, as the API names it. */
    record Invalid(String field, String message) implements Registration {}

    record EmailTaken(String email) implements Registration {}
  }
}
