package dev.parley.reader;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever the text, the reader returns a well-formed reading and never throws. The properties call
 * {@link OfferReader#readStrictly}, which has no safety net, so a defect surfaces as a failure here
 * instead of being swallowed by {@link OfferReader#read}. The fuzz test reads what the fuzzer makes
 * of real chat messages (seeds in {@code
 * OfferReaderRobustnessTestInputs/anyChatMessageReadsWellFormed/}); the seeded tests add strings no
 * UTF-8 message decodes to (lone surrogates), mutated phrasings, number soup and very long texts.
 */
class OfferReaderRobustnessTest {
  private static final OfferReader SALARY = new OfferReader(Scenarios.SALARY);
  private static final OfferReader FREELANCE = new OfferReader(Scenarios.FREELANCE);
  private static final OfferReader CAR = new OfferReader(Scenarios.CAR);

  private static final List<String> PHRASINGS =
      List.of(
          "85k base, 10k signing bonus and 3 days remote",
          "$85,000",
          "eighty-five thousand",
          "not less than 80k",
          "no more than 2 days in office",
          "I can't accept 70k",
          "start in two weeks",
          "start on March 3rd",
          "four weeks vacation",
          "another 10%",
          "bump it by 3k",
          "one hundred and twenty thousand",
          "I'm walking away",
          "sounds good, let's do it",
          "Could you go a little higher?",
          "2026-02-30",
          "the 31st of February",
          "$95/hour for a six-month contract",
          "$700 a day",
          "1.2 million");

  @FuzzTest(maxDuration = "5s")
  void anyChatMessageReadsWellFormed(byte[] message) {
    assertWellFormed(new String(message, StandardCharsets.UTF_8));
  }

  @Test
  void anyStringReadsWithoutFailure() {
    SplittableRandom random = new SplittableRandom(1);
    for (int n = 0; n < 300; n++) {
      assertWellFormed(randomString(random, random.nextInt(301)));
    }
  }

  @Test
  void mutatedPhrasingsReadWithoutFailure() {
    SplittableRandom random = new SplittableRandom(2);
    for (int n = 0; n < 300; n++) {
      assertWellFormed(mutatedPhrasing(random) + " " + mutatedPhrasing(random));
    }
  }

  @Test
  void numberHeavyTextReadsWithoutFailure() {
    SplittableRandom random = new SplittableRandom(3);
    for (int n = 0; n < 200; n++) {
      List<String> words = new ArrayList<>();
      for (int w = random.nextInt(41); w > 0; w--) {
        words.add(NUMBER_SOUP.get(random.nextInt(NUMBER_SOUP.size())));
      }
      assertWellFormed(String.join(" ", words));
    }
  }

  @Test
  void veryLongTextReadsWithoutFailure() {
    SplittableRandom random = new SplittableRandom(4);
    for (int n = 0; n < 4; n++) {
      assertWellFormed(randomString(random, 10_000 + random.nextInt(40_001)));
    }
    for (int n = 0; n < 4; n++) {
      assertWellFormed((PHRASINGS.get(random.nextInt(PHRASINGS.size())) + " ").repeat(5_000));
    }
    assertWellFormed("9".repeat(100_000));
    assertWellFormed("a".repeat(100_000));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "\u0000", "\uD800", "\uDC00\uD800"})
  void nullAndEmptyReadAsNothing(String text) {
    ReadMessage read = SALARY.readStrictly(text, null);
    assertThat(read.intent()).isEqualTo(Intent.OTHER);
    assertThat(read.proposed().isEmpty()).isTrue();
  }

  private record Case(OfferReader reader, List<IssueVocabulary> issues, ReadingContext table) {}

  private static final List<Case> CASES =
      List.of(
          new Case(SALARY, Scenarios.SALARY, Scenarios.SALARY_TABLE),
          new Case(FREELANCE, Scenarios.FREELANCE, Scenarios.FREELANCE_TABLE),
          new Case(CAR, Scenarios.CAR, Scenarios.CAR_TABLE));

  /** No failure, and every value read belongs to a known issue and lies in its range. */
  private static void assertWellFormed(String text) {
    for (Case c : CASES) {
      for (ReadingContext context : new ReadingContext[] {c.table(), null}) {
        ReadMessage read = c.reader().readStrictly(text, context);
        assertThat(read).isNotNull();
        assertThat(read.intent()).isNotNull();
        assertInRange(read.proposed().values(), c.issues());
        assertInRange(read.rejected().values(), c.issues());
        for (Bound bound : read.bounds()) {
          assertInRange(Map.of(bound.issueKey(), bound.value()), c.issues());
        }
        assertThat(c.reader().read(text, context)).isEqualTo(read);
      }
    }
  }

  private static void assertInRange(Map<String, Double> values, List<IssueVocabulary> issues) {
    values.forEach(
        (key, value) ->
            assertThat(issues)
                .as("%s=%s", key, value)
                .anyMatch(
                    issue ->
                        issue.key().equals(key) && value >= issue.min() && value <= issue.max()));
  }

  private static final List<String> INSERTS =
      List.of(
          "🙂",
          "\u202E",
          "שלום",
          "مرحبا",
          "k",
          "$",
          ",",
          ".",
          "-",
          "%",
          "?",
          "000",
          "thousand",
          "not ",
          " more",
          "\uD83D",
          "\u0301",
          "ﬁ",
          "１２３");

  private static final List<String> NUMBER_SOUP =
      List.of(
          "1",
          "31",
          "2026",
          "99999999999999999999",
          "0.5",
          "1,000",
          "1,00",
          ".",
          "-",
          "/",
          "k",
          "m",
          "million",
          "thousand",
          "a",
          "an",
          "the",
          "of",
          "days",
          "weeks",
          "months",
          "year",
          "hour",
          "per",
          "in",
          "at",
          "least",
          "not",
          "no",
          "more",
          "less",
          "than",
          "march",
          "may",
          "3rd",
          "first",
          "twenty",
          "hundred",
          "and",
          "$",
          "€",
          "%",
          "+",
          "another",
          "by",
          "bump",
          "remote",
          "office",
          "salary",
          "bonus",
          "start",
          "vacation",
          "rate",
          "contract",
          "or",
          "next",
          "monday",
          "tomorrow",
          "fully",
          "too",
          "low",
          "?",
          "!",
          ",");

  /** A phrasing with a random fragment inserted, a character deleted or an overwrite. */
  private static String mutatedPhrasing(SplittableRandom random) {
    String fragment =
        random.nextBoolean()
            ? randomString(random, 1 + random.nextInt(3))
            : INSERTS.get(random.nextInt(INSERTS.size()));
    return mutate(
        PHRASINGS.get(random.nextInt(PHRASINGS.size())),
        random.nextInt(201),
        fragment,
        random.nextInt(3));
  }

  private static String randomString(SplittableRandom random, int length) {
    char[] text = new char[length];
    for (int i = 0; i < length; i++) {
      text[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
    }
    return new String(text);
  }

  private static String mutate(String phrasing, int position, String fragment, int kind) {
    int at = Math.min(position, phrasing.length());
    return switch (kind) {
      case 0 -> phrasing.substring(0, at) + fragment + phrasing.substring(at);
      case 1 -> phrasing.substring(0, at) + phrasing.substring(Math.min(phrasing.length(), at + 1));
      default ->
          phrasing.substring(0, at)
              + fragment
              + phrasing.substring(Math.min(phrasing.length(), at + fragment.length()));
    };
  }
}
