package dev.parley.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.terms.Terms;
import dev.parley.domain.terms.Unit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reader's contract beyond single phrasings: configuration errors, context, determinism. */
class OfferReaderContractTest {
  private final OfferReader reader = new OfferReader(Scenarios.SALARY);

  @Test
  void aVocabularyWithAnInvertedRangeIsRefusedWithItsKey() {
    assertThatThrownBy(() -> new IssueVocabulary("salary", Unit.MONEY, List.of(), 10, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("salary");
  }

  @Test
  void aVocabularyWithABlankKeyIsRefused() {
    assertThatThrownBy(() -> new IssueVocabulary(" ", Unit.MONEY, List.of(), 0, 5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void twoIssuesWithOneKeyAreRefused() {
    IssueVocabulary salary = Scenarios.SALARY.get(0);
    assertThatThrownBy(() -> new OfferReader(List.of(salary, salary)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(salary.key());
  }

  @Test
  void relativeMovesNeedTheTermsOnTheTable() {
    ReadMessage withoutTable = reader.read("5k more", ReadingContext.EMPTY);

    assertThat(withoutTable.proposed().isEmpty()).isTrue();
    assertThat(withoutTable.intent()).isEqualTo(Intent.OTHER);
  }

  @Test
  void calendarDatesNeedAReferenceDate() {
    ReadMessage withoutDate =
        reader.read("start on March 3rd", ReadingContext.of(Terms.NONE, null));

    assertThat(withoutDate.proposed().valueOf("start_date")).isEmpty();
  }

  @Test
  void aCalendarDatePastThisYearIsNextYears() {
    ReadMessage read = reader.read("start on January 5th", Scenarios.SALARY_TABLE);

    assertThat(read.proposed().valueOf("start_date")).isEmpty(); // 355 days: out of 0..120
    assertThat(
            reader
                .read(
                    "start on January 5th",
                    ReadingContext.of(Terms.NONE, Scenarios.TODAY.withMonth(12).withDayOfMonth(1)))
                .proposed()
                .valueOf("start_date"))
        .contains(35.0);
  }

  @Test
  void aNullContextReadsAsAnEmptyOne() {
    assertThat(reader.read("85k", null)).isEqualTo(reader.read("85k", ReadingContext.EMPTY));
  }

  @Test
  void echoingTheTableWithAnAcceptanceAcceptsAndNamingNewTermsProposes() {
    ReadingContext table = ReadingContext.of(Terms.of(Map.of("salary", 85_000.0)), null);

    assertThat(reader.read("85k works for me", table).intent()).isEqualTo(Intent.ACCEPT);
    assertThat(reader.read("86k works for me", table).intent()).isEqualTo(Intent.PROPOSE);
  }

  @Test
  void aRejectedValueIsNeverAlsoProposed() {
    ReadMessage read = reader.read("I can't accept 70k", Scenarios.SALARY_TABLE);

    assertThat(read.rejected().valueOf("salary")).contains(70_000.0);
    assertThat(read.proposed().valueOf("salary")).isEmpty();
  }

  @Test
  void aRelativePercentageIsPointsForAPercentageIssueAndAShareForMoney() {
    OfferReader withEquity =
        new OfferReader(
            List.of(
                Scenarios.SALARY.get(0),
                new IssueVocabulary("equity", Unit.PERCENT, List.of("equity", "stock"), 0, 2)));
    ReadingContext table =
        ReadingContext.of(Terms.of(Map.of("salary", 80_000.0, "equity", 0.5)), null);

    assertThat(withEquity.read("another 0.25% equity", table).proposed().values())
        .containsExactlyEntriesOf(Map.of("equity", 0.75));
    assertThat(withEquity.read("another 10%", table).proposed().values())
        .containsExactlyEntriesOf(Map.of("salary", 88_000.0));
    assertThat(withEquity.read("1.5% equity", table).proposed().values())
        .containsExactlyEntriesOf(Map.of("equity", 1.5));
  }

  @Test
  void readingIsDeterministic() {
    String text = "I'd like 90k, 15k signing, 4 days remote and 25 days vacation";

    assertThat(reader.read(text, Scenarios.SALARY_TABLE))
        .isEqualTo(new OfferReader(Scenarios.SALARY).read(text, Scenarios.SALARY_TABLE));
  }

  @Test
  void textBeyondTheCapIsIgnored() {
    String padding = "x ".repeat(Tokenizer.MAX_CHARS);

    assertThat(reader.read(padding + "85k", Scenarios.SALARY_TABLE).proposed().isEmpty()).isTrue();
    assertThat(reader.read("85k " + padding, Scenarios.SALARY_TABLE).proposed().valueOf("salary"))
        .contains(85_000.0);
  }
}
