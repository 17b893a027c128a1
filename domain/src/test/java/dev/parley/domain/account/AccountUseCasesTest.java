package dev.parley.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.IdentifyingACaller.Identification;
import dev.parley.domain.account.IdentifyingACaller.TokenProblem;
import dev.parley.domain.account.RegisteringAnAccount.Registration;
import dev.parley.domain.account.SigningIn.SignIn;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountUseCasesTest {
  final AccountFakes.Users users = new AccountFakes.Users();
  final AccountFakes.Hasher hasher = new AccountFakes.Hasher();
  final AccountFakes.Tokens tokens = new AccountFakes.Tokens();
  final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  final AccountFakes.Screen screen = new AccountFakes.Screen();
  final RegisteringAnAccount registering =
      new RegisteringAnAccount(users, hasher, screen, tokens, clock);
  final SigningIn signingIn = new SigningIn(users, hasher, tokens);
  final IdentifyingACaller identifying = new IdentifyingACaller(tokens, users);

  @Test
  void registering_stores_a_normalised_email_a_hash_and_signs_the_person_in() {
    var result =
        registering.register("  Ada@Example.ORG ", "long enough to pass", " Ada \u0007 Lovelace ");

    assertThat(result).isInstanceOf(Registration.Registered.class);
    User user = ((Registration.Registered) result).user();
    assertThat(user.email()).isEqualTo("ada@example.org");
    assertThat(user.displayName()).isEqualTo("Ada Lovelace");
    assertThat(user.passwordHash()).isEqualTo("hashed:long enough to pass");
    assertThat(user.createdAt()).isEqualTo(clock.instant());
    assertThat(((Registration.Registered) result).token().value())
        .isEqualTo("token-for:" + user.id());
    assertThat(users.findByEmail("ada@example.org")).contains(user);
  }

  @Test
  void a_missing_display_name_defaults_to_the_local_part_of_the_email() {
    var result =
        (Registration.Registered)
            registering.register("bob@example.org", "long enough to pass", null);

    assertThat(result.user().displayName()).isEqualTo("bob");
  }

  @Test
  void invalid_input_names_the_field_at_fault() {
    assertThat(registering.register("not-an-email", "long enough to pass", "A"))
        .isEqualTo(new Registration.Invalid("email", "must be an email address"));
    assertThat(registering.register(null, "long enough to pass", "A"))
        .isInstanceOf(Registration.Invalid.class);
    assertThat(registering.register("a@b.org", "short", "A"))
        .extracting(r -> ((Registration.Invalid) r).field())
        .isEqualTo("password");
    assertThat(registering.register("a@b.org", "fourteen chars", "A"))
        .isEqualTo(new Registration.Invalid("password", "must be at least 15 characters"));
    assertThat(registering.register("a@b.org", "x".repeat(257), "A"))
        .extracting(r -> ((Registration.Invalid) r).field())
        .isEqualTo("password");
    assertThat(registering.register("a@b.org", "long enough to pass", "n".repeat(81)))
        .extracting(r -> ((Registration.Invalid) r).field())
        .isEqualTo("display_name");
    assertThat(users.byEmail).isEmpty();
  }

  private String registeredName(String displayName) {
    var result =
        registering.register(
            "u" + UUID.randomUUID() + "@example.org", "long enough to pass", displayName);
    assertThat(result).as(displayName).isInstanceOf(Registration.Registered.class);
    return ((Registration.Registered) result).user().displayName();
  }

  private Registration.Invalid refusedName(String displayName) {
    var result =
        registering.register(
            "u" + UUID.randomUUID() + "@example.org", "long enough to pass", displayName);
    assertThat(result).as(displayName).isInstanceOf(Registration.Invalid.class);
    return (Registration.Invalid) result;
  }

  @Test
  void display_names_keep_emoji_combining_marks_and_right_to_left_scripts() {
    assertThat(registeredName("Ana \uD83D\uDE00")).isEqualTo("Ana \uD83D\uDE00");
    // NFC: an e and a combining acute become one é
    assertThat(registeredName("Rene\u0301e")).isEqualTo("Ren\u00E9e");
    assertThat(registeredName("\u05D3\u05E0\u05D4")).isEqualTo("\u05D3\u05E0\u05D4");
    // a joiner that draws two emoji as one (woman + laptop) is part of the emoji
    String technologist = "\uD83D\uDC69\u200D\uD83D\uDCBB";
    assertThat(registeredName("Ada " + technologist)).isEqualTo("Ada " + technologist);
    String skinToned = "\uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBB";
    assertThat(registeredName(skinToned)).isEqualTo(skinToned);
  }

  @Test
  void a_display_name_with_a_bidi_control_or_an_invisible_character_is_refused_naming_the_field() {
    // "Ada" followed by a right-to-left override that would show "nimda" as "admin"
    Registration.Invalid override = refusedName("Ada \u202Enimda");
    assertThat(override.field()).isEqualTo("display_name");
    assertThat(override.message()).contains("bidirectional").contains("U+202E");
    for (String name : List.of("a\u202Ab", "a\u2066b\u2069", "a\u200Eb", "a\u200Fb", "a\u061Cb")) {
      assertThat(refusedName(name).message()).as(name).contains("bidirectional");
    }
    // a zero-width joiner inside a name, between letters, makes a look-alike
    Registration.Invalid joiner = refusedName("Ad\u200Dmin");
    assertThat(joiner.field()).isEqualTo("display_name");
    assertThat(joiner.message()).contains("invisible").contains("U+200D");
    for (String name :
        List.of("Ad\u200Bmin", "Ad\u200Cmin", "Ad\u2060min", "\uFEFFAdmin", "Ad\u00ADmin")) {
      assertThat(refusedName(name).message()).as(name).contains("invisible");
    }
    // a joiner at the end or after a letter joins no emoji
    refusedName("Ada \uD83D\uDC69\u200D");
    refusedName("Ada\u200D\uD83D\uDCBB");
    assertThat(users.byEmail).hasSize(0);
  }

  @Test
  void a_display_name_is_at_most_80_code_points_after_nfc() {
    String emoji = "\uD83D\uDE00"; // two UTF-16 units, one character
    assertThat(registeredName(emoji.repeat(80))).hasSize(160);
    assertThat(refusedName(emoji.repeat(81)).field()).isEqualTo("display_name");
    // 80 letters with combining accents are 160 code points typed, 80 after NFC
    assertThat(registeredName("e\u0301".repeat(80))).isEqualTo("\u00E9".repeat(80));
    assertThat(refusedName("e\u0301".repeat(81)).message()).contains("80");
  }

  @Test
  void an_email_registered_twice_is_refused_whatever_its_case() {
    registering.register("ada@example.org", "long enough to pass", "Ada");

    assertThat(registering.register("ADA@example.org", "another password here", "Imposter"))
        .isEqualTo(new Registration.EmailTaken("ada@example.org"));
    assertThat(users.byEmail.get("ada@example.org").displayName()).isEqualTo("Ada");
  }

  @Test
  void signing_in_with_the_right_password_gives_a_token() {
    registering.register("ada@example.org", "long enough to pass", "Ada");

    var result = signingIn.signIn("ADA@example.org", "long enough to pass");

    assertThat(result).isInstanceOf(SignIn.SignedIn.class);
    assertThat(((SignIn.SignedIn) result).user().email()).isEqualTo("ada@example.org");
  }

  @Test
  void a_wrong_password_and_an_unknown_email_look_alike_and_both_cost_a_hash_check() {
    registering.register("ada@example.org", "long enough to pass", "Ada");
    int before = hasher.checks;

    assertThat(signingIn.signIn("ada@example.org", "wrong password"))
        .isEqualTo(new SignIn.WrongCredentials());
    assertThat(signingIn.signIn("nobody@example.org", "long enough to pass"))
        .isEqualTo(new SignIn.WrongCredentials());
    assertThat(hasher.checks - before).isEqualTo(2);
  }

  @Test
  void a_caller_is_identified_by_a_valid_token_of_an_existing_user() {
    var registered =
        (Registration.Registered)
            registering.register("ada@example.org", "long enough to pass", "Ada");

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

  @Test
  void a_password_is_as_long_as_the_characters_a_person_counts() {
    assertThat(registering.register("keys@b.org", "\uD83D\uDD11".repeat(14) + "k", "A"))
        .as("fifteen characters, 29 UTF-16 units")
        .isInstanceOf(Registration.Registered.class);
    assertThat(registering.register("keys2@b.org", "\uD83D\uDD11".repeat(7), "A"))
        .as("seven characters, 14 UTF-16 units")
        .isInstanceOf(Registration.Invalid.class);
  }

  @Test
  void a_guessable_password_is_refused_with_the_reason_and_the_accounts_words_are_screened() {
    assertThat(registering.register("ada@example.org", AccountFakes.Screen.GUESSABLE, "Ada"))
        .isEqualTo(new Registration.Invalid("password", "is too easy to guess"));
    assertThat(users.findByEmail("ada@example.org")).isEmpty();
    assertThat(screen.contexts)
        .singleElement()
        .satisfies(
            context -> assertThat(context).contains("ada@example.org", "ada", "Ada", "parley"));
  }
}
