package dev.parley.postgres;

import dev.parley.domain.account.User;
import dev.parley.domain.account.UserRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** Accounts in the {@code users} table; the unique email index decides races. */
final class PostgresUsers implements UserRepository {
  private static final String COLUMNS = "id, email, password_hash, display_name, created_at";
  private final Jdbi jdbi;

  PostgresUsers(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Addition add(User user) {
    int inserted =
        jdbi.withHandle(
            h ->
                h.createUpdate(
                        "insert into users ("
                            + COLUMNS
                            + ") values (:id, :email, :hash, :name, :created)"
                            + " on conflict (email) do nothing")
                    .bind("id", user.id())
                    .bind("email", user.email())
                    .bind("hash", user.passwordHash())
                    .bind("name", user.displayName())
                    .bind("created", Timestamp.from(user.createdAt()))
                    .execute());
    return inserted == 1 ? new Addition.Added(user) : new Addition.EmailTaken(user.email());
  }

  @Override
  public Optional<User> findById(UUID id) {
    return jdbi.withHandle(
        h ->
            h.createQuery("select " + COLUMNS + " from users where id = :id")
                .bind("id", id)
                .map(PostgresUsers::user)
                .findOne());
  }

  @Override
  public Optional<User> findByEmail(String normalisedEmail) {
    return jdbi.withHandle(
        h ->
            h.createQuery("select " + COLUMNS + " from users where email = :email")
                .bind("email", normalisedEmail)
                .map(PostgresUsers::user)
                .findOne());
  }

  private static User user(ResultSet rs, StatementContext ctx) throws SQLException {
    return new User(
        rs.getObject("id", UUID.class),
        rs.getString("email"),
        rs.getString("password_hash"),
        rs.getString("display_name"),
        rs.getTimestamp("created_at").toInstant());
  }
}
