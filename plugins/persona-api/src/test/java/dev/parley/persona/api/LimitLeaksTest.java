package dev.parley.persona.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import dev.parley.scenarios.ScenarioLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LimitLeaksTest {

  private final Scenario salary = ScenarioLibrary.builtIn().find("salary-offer").orElseThrow();
  private final Scenario car = ScenarioLibrary.builtIn().find("used-car").orElseThrow();

  @Test
  void findsTheReservationSalaryInEveryWayItIsWritten() {
    // The hiring manager's private ceiling on salary is 92,000.
    for (String text :
        List.of(
            "I can go to 92000.",
            "Max is 92,000",
            "92k is my limit",
            "92 K tops",
            "92 thousand",
            "$92000 is it",
            "$92.000",
            "92 000 and no more",
            "92\u00a0000 and no more",
            "92.0k, final",
            "ninety-two thousand",
            "Ninety two thousand, not a cent more",
            "9 2 0 0 0",
            "9-2-0-0-0",
            "nine two zero zero zero",
            "(92,000)")) {
      assertThat(LimitLeaks.find(text, salary)).as(text).contains("reservation of Salary");
    }
  }

  @Test
  void findsTheReservationSpeltDigitByDigitWithAnySeparatorAPersonWouldRead() {
    for (String text :
        List.of(
            "9  2  0  0  0",
            "9\u00a02\u00a00\u00a00\u00a00",
            "9\u202f2\u202f0\u202f0\u202f0",
            "9, 2, 0, 0, 0",
            "9,2,0,0,0",
            "9 - 2 - 0 - 0 - 0",
            "9.2.0.0.0",
            "9 2 0 0 0k? No: 9 2 0 0 0 dollars",
            "Nine, two, zero, zero, zero",
            "nine  two  zero  zero  zero")) {
      assertThat(LimitLeaks.find(text, salary)).as(text).contains("reservation of Salary");
    }
  }

  @Test
  void shortListsOfDigitsAndDecimalsAreNotReadAsOneNumber() {
    assertThat(LimitLeaks.numbersIn("options 1, 2 or 3")).containsExactly(1.0, 2.0, 3.0);
    assertThat(LimitLeaks.numbersIn("salary weighs 0.6 for us")).containsExactly(0.6);
    assertThat(LimitLeaks.numbersIn("between 2 - 8 weeks")).containsExactly(2.0, 8.0);
  }

  @Test
  void findsSpelledAndScaledMoneyOfOtherScenarios() {
    // The dealer's floor on price is 18,500.
    for (String text :
        List.of(
            "18,500 is the least",
            "18.5k",
            "eighteen thousand five hundred",
            "1 8 5 0 0",
            "18 500")) {
      assertThat(LimitLeaks.find(text, car)).as(text).contains("reservation of Price");
    }
  }

  @Test
  void findsSmallLimitsWithTheirUnitAndWeightsAsPercentages() {
    assertThat(LimitLeaks.find("vacation of 28 days is the most", salary)).isPresent();
    assertThat(LimitLeaks.find("twenty-eight days of vacation, tops", salary)).isPresent();
    assertThat(LimitLeaks.find("2 8 days of vacation", salary)).isPresent();
    assertThat(LimitLeaks.find("start in 9 weeks at the latest", salary)).isPresent();
    assertThat(LimitLeaks.find("start in nine weeks at the latest", salary)).isPresent();
    assertThat(LimitLeaks.find("start in 63 days", salary)).isPresent();
    assertThat(LimitLeaks.find("salary is 60% of what we care about", salary))
        .contains("weight of Salary");
    assertThat(LimitLeaks.find("salary weighs 0.6 for us", salary)).contains("weight of Salary");
  }

  @Test
  void leavesOtherNumbersAlone() {
    for (String text :
        List.of(
            "How about 192,000 or 92,500 and 22 days of vacation?",
            "salary at 85,000, vacation at 25 days a year",
            "salary at 91,000, signing bonus at 5,000, start date in 8 weeks",
            "ninety-one thousand",
            "9 1 0 0 0",
            "920,000",
            "92,000.50",
            "28 remote workers",
            "we met 28 times",
            "60% of candidates accept",
            "0.65 of the team",
            "92 people applied",
            "")) {
      assertThat(LimitLeaks.find(text, salary)).as(text).isEmpty();
    }
    assertThat(LimitLeaks.find("I can do 18,250 or 18,750", car)).isEmpty();
  }

  @Test
  void allowsANumberTheLearnerSaidThemselves() {
    List<Message> transcript =
        List.of(
            message(1, Sender.USER, "I'd like ninety-two thousand and 28 days of vacation."),
            message(2, Sender.AI, "Let's see."),
            message(3, Sender.USER, "Or start in 9 weeks."));
    String reply = "You're asking for salary at 92,000 and vacation at 28 days a year.";
    assertThat(LimitLeaks.find(reply, salary)).isPresent();
    assertThat(LimitLeaks.find(reply, salary, transcript)).isEmpty();
    // 9 weeks said by the learner also covers 63 days.
    assertThat(LimitLeaks.find("start date in 63 days", salary, transcript)).isEmpty();
    // A limit the learner did not say is still caught.
    assertThat(LimitLeaks.find("signing bonus at 15,000", salary, transcript))
        .contains("reservation of Signing bonus");
    // The persona's own words never count as the learner's.
    List<Message> personaOnly = List.of(message(1, Sender.AI, "Salary at 92,000?"));
    assertThat(LimitLeaks.find("salary at 92,000", salary, personaOnly)).isPresent();
    // Terms the learner proposed by button count as said.
    Message proposed =
        new Message(
            new UUID(1, 9),
            new UUID(1, 1),
            9,
            Sender.USER,
            "Here is my offer.",
            Optional.empty(),
            Terms.of(Map.of("salary", 92_000.0)),
            Instant.EPOCH,
            true);
    assertThat(LimitLeaks.find("salary at 92,000", salary, List.of(proposed))).isEmpty();
  }

  @Test
  void compilesNoRegularExpressionPerCall() throws Exception {
    for (String name : List.of("LimitLeaks.java", "NumberScan.java")) {
      String source =
          Files.readString(Path.of("src/main/java/dev/parley/persona/api").resolve(name));
      assertThat(source)
          .as(name)
          .doesNotContain("Pattern")
          .doesNotContain(".matches(")
          .doesNotContain("replaceAll(")
          .doesNotContain(".split(");
    }
  }

  @Test
  void wordingIsTheSameForTheReservationAndAnyOtherValue() {
    assertThat(TermsWording.describe(Terms.of(Map.of("salary", 92_000.0)), salary))
        .isEqualTo("salary at 92,000");
    assertThat(TermsWording.describe(Terms.of(Map.of("salary", 91_000.0)), salary))
        .isEqualTo("salary at 91,000");
    assertThat(TermsWording.describe(Terms.of(Map.of("start_date", 14.0)), salary))
        .isEqualTo("start date in 2 weeks");
  }

  private static Message message(long sequence, Sender sender, String text) {
    return new Message(
        new UUID(1, sequence),
        new UUID(1, 1),
        sequence,
        sender,
        text,
        Optional.empty(),
        Terms.NONE,
        Instant.EPOCH,
        true);
  }

  @Test
  void noFactOfABuiltInSheetNamesALimit() {
    for (Scenario scenario : ScenarioLibrary.builtIn().all()) {
      for (var fact : scenario.factSheet().facts()) {
        assertThat(LimitLeaks.find(fact.answer(), scenario)).as(fact.topic()).isEmpty();
      }
    }
  }
}
