package dev.parley.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Whatever the text, the reader returns a well-formed reading and never throws. The properties call
 * {@link OfferReader#readStrictly}, which has no safety net, so a defect surfaces as a failure here
 * instead of being swallowed by {@link OfferReader#read}.
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

  @Property(tries = 300)
  void anyStringReadsWithoutFailure(@ForAll @StringLength(max = 300) String text) {
    assertWellFormed(text);
  }

  @Property(tries = 300)
  void mutatedPhrasingsReadWithoutFailure(@ForAll("mutatedPhrasings") String text) {
    assertWellFormed(text);
  }

  @Property(tries = 200)
  void numberHeavyTextReadsWithoutFailure(@ForAll("numberSoup") String text) {
    assertWellFormed(text);
  }

  @Property(tries = 10)
  void veryLongTextReadsWithoutFailure(@ForAll("longTexts") String text) {
    assertWellFormed(text);
  }

  @Example
  void nullAndEmptyReadAsNothing() {
    for (String text : new String[] {null, "", " ", "\u0000", "\uD800", "\uDC00\uD800"}) {
      ReadMessage read = SALARY.readStrictly(text, null);
      assertThat(read.intent()).isEqualTo(Intent.OTHER);
      assertThat(read.proposed().isEmpty()).isTrue();
    }
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

  @Provide
  Arbitrary<String> mutatedPhrasings() {
    Arbitrary<String> phrasing = Arbitraries.of(PHRASINGS);
    Arbitrary<Integer> position = Arbitraries.integers().between(0, 200);
    Arbitrary<String> insert =
        Arbitraries.oneOf(
            Arbitraries.strings().all().ofMinLength(1).ofMaxLength(3),
            Arbitraries.of(
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
                "１２３"));
    Arbitrary<String> once =
        Combinators.combine(phrasing, position, insert, Arbitraries.integers().between(0, 2))
            .as(OfferReaderRobustnessTest::mutate);
    return Combinators.combine(once, once).as((a, b) -> a + " " + b);
  }

  @Provide
  Arbitrary<String> numberSoup() {
    Arbitrary<String> atom =
        Arbitraries.of(
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
    return atom.list().ofMaxSize(40).map(list -> String.join(" ", list));
  }

  @Provide
  Arbitrary<String> longTexts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMinLength(10_000).ofMaxLength(50_000),
        Arbitraries.of(PHRASINGS).map(p -> (p + " ").repeat(5_000)),
        Arbitraries.just("9".repeat(100_000)),
        Arbitraries.just("a".repeat(100_000)));
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
