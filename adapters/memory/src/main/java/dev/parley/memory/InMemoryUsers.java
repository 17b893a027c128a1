package dev.parley.memory;

import dev.parley.domain.account.User;
import dev.parley.domain.account.UserRepository;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Accounts in two maps; the email map decides who wins a race for the same address. */
public final class InMemoryUsers implements UserRepository {
  private final ConcurrentMap<UUID, User> byId = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, User> byEmail = new ConcurrentHashMap<>();

  @Override
  public Addition add(User user) {
    User existing = byEmail.putIfAbsent(user.email(), user);
    if (existing != null) {
      return new Addition.EmailTaken(user.email());
    }
    byId.put(user.id(), user);
    return new Addition.Added(user);
  }

  @Override
  public Optional<User> findById(UUID id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public Optional<User> findByEmail(String normalisedEmail) {
    return Optional.ofNullable(byEmail.get(normalisedEmail)).filter(u -> byId.containsKey(u.id()));
  }
}
