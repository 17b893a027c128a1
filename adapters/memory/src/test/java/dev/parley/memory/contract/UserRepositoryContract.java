package dev.parley.memory.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.User;
import dev.parley.domain.account.UserRepository;
import dev.parley.domain.account.UserRepository.Addition;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link UserRepository} promises. Subclasses give a fresh, empty repository. */
public abstract class UserRepositoryContract {
  private UserRepository users;

  protected abstract UserRepository newRepository();

  @BeforeEach
  void setUp() {
    users = newRepository();
  }

  static User user(String email) {
    return new User(
        UUID.randomUUID(),
        email,
        "$2a$04$hash-of-" + email,
        "Name of " + email,
        Instant.now().truncatedTo(ChronoUnit.MILLIS));
  }

  @Test
  void an_added_user_is_found_by_id_and_by_email() {
    User ada = user("ada@example.org");

    assertThat(users.add(ada)).isEqualTo(new Addition.Added(ada));

    assertThat(users.findById(ada.id())).contains(ada);
    assertThat(users.findByEmail("ada@example.org")).contains(ada);
  }

  @Test
  void unknown_ids_and_emails_are_not_found() {
    users.add(user("ada@example.org"));

    assertThat(users.findById(UUID.randomUUID())).isEmpty();
    assertThat(users.findByEmail("bob@example.org")).isEmpty();
  }

  @Test
  void a_second_account_with_the_same_email_is_refused_and_the_first_is_kept() {
    User first = user("ada@example.org");
    User second = user("ada@example.org");
    users.add(first);

    assertThat(users.add(second)).isEqualTo(new Addition.EmailTaken("ada@example.org"));

    assertThat(users.findByEmail("ada@example.org")).contains(first);
    assertThat(users.findById(second.id())).isEmpty();
  }

  @Test
  void of_many_concurrent_registrations_of_one_email_exactly_one_wins() throws Exception {
    int contenders = 8;
    List<Callable<Addition>> attempts = new ArrayList<>();
    for (int i = 0; i < contenders; i++) {
      attempts.add(() -> users.add(user("race@example.org")));
    }
    List<Addition> outcomes = new ArrayList<>();
    try (var pool = Executors.newFixedThreadPool(contenders)) {
      for (Future<Addition> outcome : pool.invokeAll(attempts)) {
        outcomes.add(outcome.get());
      }
    }

    assertThat(outcomes).filteredOn(Addition.Added.class::isInstance).hasSize(1);
    assertThat(outcomes).filteredOn(Addition.EmailTaken.class::isInstance).hasSize(contenders - 1);
    User winner =
        ((Addition.Added)
                outcomes.stream()
                    .filter(Addition.Added.class::isInstance)
                    .findFirst()
                    .orElseThrow())
            .user();
    assertThat(users.findByEmail("race@example.org")).contains(winner);
  }
}
