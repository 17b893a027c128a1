package dev.parley.domain.account;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A registered person. {@code email} is kept normalised (see {@link EmailAddress}); {@code
 * passwordHash} is the self-describing output of a {@link PasswordHasher}, never the password.
 */
public record User(
    UUID id, String email, String passwordHash, String displayName, Instant createdAt) {
  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  @Override
  public String toString() {
    return "User[id=" + id + ", email=" + email + ", displayName=" + displayName + "]";
  }
}
