package dev.parley.domain.account;

import java.util.Objects;
import java.util.Optional;

/** Someone signs in with their email and password and receives an access token. */
public final class SigningIn {
  private final UserRepository users;
  private final PasswordHasher hasher;
  private final TokenService tokens;

  /**
   * Checked against when the email is unknown, so that an unknown email costs as much time as a
   * wrong password and response times do not reveal who has an account.
   */
  private final String decoyHash;

  public SigningIn(UserRepository users, PasswordHasher hasher, TokenService tokens) {
    this.users = Objects.requireNonNull(users);
    this.hasher = Objects.requireNonNull(hasher);
    this.tokens = Objects.requireNonNull(tokens);
    this.decoyHash = hasher.hash("decoy password that no account has");
  }

  public SignIn signIn(String email, String password) {
    if (password == null) {
      return new SignIn.WrongCredentials();
    }
    Optional<User> user = EmailAddress.normalise(email).flatMap(users::findByEmail);
    if (user.isEmpty()) {
      hasher.matches(password, decoyHash);
      return new SignIn.WrongCredentials();
    }
    if (!hasher.matches(password, user.get().passwordHash())) {
      return new SignIn.WrongCredentials();
    }
    return new SignIn.SignedIn(user.get(), tokens.issue(user.get()));
  }

  /** The outcome of {@link #signIn}; a wrong password and an unknown email look the same. */
  public sealed interface SignIn {
    record SignedIn(User user, TokenService.AccessToken token) implements SignIn {}

    record WrongCredentials() implements SignIn {}
  }
}
