package dev.parley.domain.account;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Small honest fakes for the account ports, so the use cases are tested alone. */
final class AccountFakes {
  private AccountFakes() {}

  static final class Users implements UserRepository {
    final Map<String, User> byEmail = new HashMap<>();

    @Override
    public Addition add(User user) {
      if (byEmail.putIfAbsent(user.email(), user) != null) {
        return new Addition.EmailTaken(user.email());
      }
      return new Addition.Added(user);
    }

    @Override
    public Optional<User> findById(UUID id) {
      return byEmail.values().stream().filter(u -> u.id().equals(id)).findFirst();
    }

    @Override
    public Optional<User> findByEmail(String email) {
      return Optional.ofNullable(byEmail.get(email));
    }
  }

  /** Refuses one known password and remembers the context it was given. */
  static final class Screen implements PasswordScreen {
    static final String GUESSABLE = "passwordpassword";
    final java.util.List<java.util.List<String>> contexts = new java.util.ArrayList<>();

    @Override
    public java.util.Optional<String> weakness(String password, java.util.List<String> context) {
      contexts.add(context);
      return GUESSABLE.equals(password)
          ? java.util.Optional.of("is too easy to guess")
          : java.util.Optional.empty();
    }
  }

  /** Reversible "hash" that counts its work, to observe the decoy check. */
  static final class Hasher implements PasswordHasher {
    int checks;

    @Override
    public String hash(String password) {
      return "hashed:" + password;
    }

    @Override
    public boolean matches(String password, String hash) {
      checks++;
      return hash.equals("hashed:" + password);
    }
  }

  /**
   * Tokens are "token-for:<userId>" ("expired-for:<userId>" ran out); anything else is rejected.
   */
  static final class Tokens implements TokenService {
    @Override
    public AccessToken issue(User user) {
      return new AccessToken("token-for:" + user.id(), Instant.EPOCH);
    }

    @Override
    public Verification verify(String token) {
      if (token.startsWith("expired-for:")) {
        return new Verification.Rejected("expired", true);
      }
      if (!token.startsWith("token-for:")) {
        return new Verification.Rejected("unknown");
      }
      return new Verification.Verified(UUID.fromString(token.substring(10)), "");
    }
  }
}
