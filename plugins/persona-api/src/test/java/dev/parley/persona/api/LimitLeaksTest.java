package dev.parley.persona.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.ScenarioCatalogue;
import dev.parley.domain.terms.Terms;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LimitLeaksTest {

  private final Scenario salary = ScenarioCatalogue.builtIn().find("salary-offer").orElseThrow();

  @Test
  void findsTheReservationSalaryInEveryWayItIsWritten() {
    // The hiring manager's private ceiling on salary is 92,000.
    for (String text :
        new String[] {
          "I can go to 92000.",
          "Max is 92,000",
          "92k is my limit",
          "92 K tops",
          "92 thousand",
          "$92.000",
          "92 000 and no more"
        }) {
      assertThat(LimitLeaks.find(text, salary)).as(text).contains("reservation of Salary");
    }
  }

  @Test
  void findsSmallLimitsWithTheirUnitAndWeightsAsPercentages() {
    assertThat(LimitLeaks.find("vacation of 28 days is the most", salary)).isPresent();
    assertThat(LimitLeaks.find("start in 9 weeks at the latest", salary)).isPresent();
    assertThat(LimitLeaks.find("salary is 60% of what we care about", salary))
        .contains("weight of Salary");
  }

  @Test
  void leavesOtherNumbersAlone() {
    assertThat(LimitLeaks.find("How about 192,000 or 92,500 and 22 days of vacation?", salary))
        .isEmpty();
    assertThat(LimitLeaks.find("salary at 85,000, vacation at 25 days a year", salary)).isEmpty();
  }

  @Test
  void wordingNeverWritesTheReservationAsANumber() {
    String text = TermsWording.describe(Terms.of(Map.of("salary", 92_000.0)), salary);
    assertThat(text).isEqualTo("the salary you named");
    assertThat(TermsWording.describe(Terms.of(Map.of("start_date", 14.0)), salary))
        .isEqualTo("start date in 2 weeks");
  }
}
