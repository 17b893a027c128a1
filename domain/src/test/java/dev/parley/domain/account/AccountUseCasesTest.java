package dev.parley.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.IdentifyingACaller.Identification;
import dev.parley.domain.account.IdentifyingACaller.TokenProblem;
import dev.parley.domain.account.RegisteringAnAccount.Registration;
import dev.parley.domain.account.SigningIn.SignIn;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountUseCasesTest {
  final AccountFakes.Users users = new AccountFakes.Users();
  final AccountFakes.Hasher hasher = new AccountFakes.Hasher();
  final AccountFakes.Tokens tokens = new AccountFakes.Tokens();
  final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  final RegisteringAnAccount registering = new RegisteringAnAccount(users, hasher, tokens, clock);
  final SigningIn signingIn = new SigningIn(users, hasher, tokens);
  final IdentifyingACaller identifying = new IdentifyingACaller(tokens, users);

  @Test
  void registering_stores_a_normalised_email_a_hash_and_signs_the_person_in() {
    var result = registering.register("  Ada@Example.ORG ", "long enough", " Ada \u0007 Lovelace ");

    assertThat(result).isInstanceOf(Registration.Registered.class);
    User user = ((Registration.Registered) result).user();
    assertThat(user.email()).isEqualTo("ada@example.org");
    assertThat(user.displayName()).isEqualTo("Ada Lovelace");
    assertThat(user.passwordHash()).isEqualTo("hashed:long enough");
    assertThat(user.createdAt()).isEqualTo(clock.instant());
    assertThat(((Registration.Registered) result).token().value())
        .isEqualTo("token-for:" + user.id());
    assertThat(users.findByEmail("ada@example.org")).contains(user);
  }

  @Test
  void a_missing_display_name_defaults_to_the_local_part_of_the_email() {
    var result =
        (Registration.Registered) registering.register("bob@example.org", "long enough", null);

    assertThat(result.user().displayName()).isEqualTo("bob");
  }

  @Test
  void invalid_input_names_the_field_at_fault() {
    assertThat(registering.register("not-an-email", "long enough", "A"))
        .isEqualTo(new Registration.Invalid("email", "must be an email address"));
    assertThat(registering.register(null, "long enough", "A"))
        .isInstanceOf(Registration.Invalid.class);
    assertThat(registering.register("a@b.org", "short", "A"))
        .extracting(r -> ((Registration.Invalid) r).field())
        .isEqualTo("password");
    assertThat(registering.register("a@b.org", "x".repeat(257), "A"))
        .extracting(r -> ((Registration.Invalid) r).field())
        .isEqualTo("password");
    assertThat(registering.register("a@b.org", "long enough", "n".repeat(81)))
        .extracting(r -> ((Registration.Invalid) r).field())
        .isEqualTo("display_name");
    assertThat(users.byEmail).isEmpty();
  }

  @Test
  void an_email_registered_twice_is_refused_whatever_its_case() {
    registering.register("ada@example.org", "long enough", "Ada");

    assertThat(registering.register("ADA@example.org", "other password", "Imposter"))
        .isEqualTo(new Registration.EmailTaken("ada@example.org"));
    assertThat(users.byEmail.get("ada@example.org").displayName()).isEqualTo("Ada");
  }

  @Test
  void signing_in_with_the_right_password_gives_a_token() {
    registering.register("ada@example.org", "long enough", "Ada");

    var result = signingIn.signIn("ADA@example.org", "long enough");

    assertThat(result).isInstanceOf(SignIn.SignedIn.class);
    assertThat(((SignIn.SignedIn) result).user().email()).isEqualTo("ada@example.org");
  }

  @Test
  void a_wrong_password_and_an_unknown_email_look_alike_and_both_cost_a_hash_check() {
    registering.register("ada@example.org", "long enough", "Ada");
    int before = hasher.checks;

    assertThat(signingIn.signIn("ada@example.org", "wrong password"))
        .isEqualTo(new SignIn.WrongCredentials());
    assertThat(signingIn.signIn("nobody@example.org", "long enough"))
        .isEqualTo(new SignIn.WrongCredentials());
    assertThat(hasher.checks - before).isEqualTo(2);
  }

  @Test
  void a_caller_is_identified_by_a_valid_token_of_an_existing_user() {
    var registered =
        (Registration.Registered) registering.register("ada@example.org", "long enough", "Ada");

    assertThat(identifying.identify(registered.token().value()))
        .isEqualTo(new Identification.Identified(registered.user()));
  }

  @Test
  void invalid_tokens_and_vanished_users_are_told_apart() {
    assertThat(identifying.identify(null))
        .isEqualTo(new Identification.InvalidToken(TokenProblem.MISSING, "no token"));
    assertThat(identifying.identify(" "))
        .isEqualTo(new Identification.InvalidToken(TokenProblem.MISSING, "no token"));
    assertThat(identifying.identify("forged"))
        .isEqualTo(new Identification.InvalidToken(TokenProblem.INVALID, "unknown"));
    assertThat(identifying.identify("expired-for:" + UUID.randomUUID()))
        .isEqualTo(new Identification.InvalidToken(TokenProblem.EXPIRED, "expired"));
    assertThat(identifying.identify("token-for:" + UUID.randomUUID()))
        .isEqualTo(new Identification.UnknownUser());
  }
}
