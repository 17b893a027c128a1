package dev.parley.domain.account;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Someone opens an account with an email, a password and a display name, and is signed in. */
public final class RegisteringAnAccount {
  static final int MIN_PASSWORD_LENGTH = 8;
  static final int MAX_PASSWORD_LENGTH = 256;
  static final int MAX_DISPLAY_NAME_LENGTH = 80;

  private final UserRepository users;
  private final PasswordHasher hasher;
  private final TokenService tokens;
  private final Clock clock;

  public RegisteringAnAccount(
      UserRepository users, PasswordHasher hasher, TokenService tokens, Clock clock) {
    this.users = Objects.requireNonNull(users);
    this.hasher = Objects.requireNonNull(hasher);
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
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      return new Registration.Invalid(
          "password", "must be at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    if (password.length() > MAX_PASSWORD_LENGTH) {
      return new Registration.Invalid(
          "password", "must be at most " + MAX_PASSWORD_LENGTH + " characters");
    }
    String name = DisplayName.clean(displayName);
    if (name.isEmpty()) {
      name = normalised.get().substring(0, normalised.get().indexOf('@'));
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
