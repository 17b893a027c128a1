package dev.parley.domain.account;

import java.util.Optional;
import java.util.UUID;

/** Where accounts are kept. Emails are unique; callers pass them normalised. */
public interface UserRepository {

  /** Stores a new account, unless its email is already registered. */
  Addition add(User user);

  Optional<User> findById(UUID id);

  Optional<User> findByEmail(String normalisedEmail);

  /** The outcome of {@link #add}: added, or refused because the email is taken. */
  sealed interface Addition {
    record Added(User user) implements Addition {}

    record EmailTaken(String email) implements Addition {}
  }
}
