package dev.parley.domain.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.terms.Terms;
import dev.parley.domain.terms.Unit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioCatalogueTest {

  final ScenarioCatalogue catalogue = TestScenarios.catalogue();

  @Test
  void utilities_run_from_0_at_the_worst_package_to_1_at_the_best() {
    Scenario salary = catalogue.find("salary-offer").orElseThrow();
    Preferences person = salary.personBrief().preferences();
    Terms best =
        Terms.of(
            Map.of(
                "salary", 120_000.0,
                "signing_bonus", 20_000.0,
                "start_date", 91.0,
                "remote_days", 5.0,
                "vacation", 30.0));

    assertThat(salary.utility(Side.PERSON, best)).isCloseTo(1.0, within());
    assertThat(salary.utility(Side.PERSON, Terms.NONE)).isCloseTo(0.0, within());
    assertThat(person.normalisedWeight("salary")).isCloseTo(0.5, within());
  }

  @Test
  void the_public_view_does_not_carry_the_counterparts_values() {
    Scenario salary = catalogue.find("salary-offer").orElseThrow();

    assertThat(ScenarioView.class.getRecordComponents())
        .extracting(component -> component.getType().getSimpleName())
        .doesNotContain("PrivateValues", "Preferences");
    assertThat(salary.publicView().personBrief()).isEqualTo(salary.personBrief());
    assertThat(salary.counterpart().toString()).doesNotContain("92000");
  }

  @Test
  void a_scenario_with_a_reservation_off_the_grid_is_refused() {
    Issue rate = new Issue("rate", "Rate", Unit.MONEY_PER_HOUR, IssueKind.DISTRIBUTIVE, 40, 150, 5);

    assertThatThrownBy(
            () ->
                TestScenarios.scenario(
                    "bad",
                    "Bad",
                    "",
                    "A",
                    "",
                    "",
                    "B",
                    java.time.Duration.ofMinutes(1),
                    3,
                    List.of(
                        new TestScenarios.IssueRow(
                            rate,
                            new IssuePreference(1, Direction.HIGHER_IS_BETTER, 72, 110),
                            new IssuePreference(1, Direction.LOWER_IS_BETTER, 100, 60)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rate");
  }

  @Test
  void issues_know_their_grid() {
    Issue start = catalogue.find("salary-offer").orElseThrow().issue("start_date").orElseThrow();

    assertThat(start.values()).hasSize(13).startsWith(7.0, 14.0).endsWith(91.0);
    assertThat(start.allows(21)).isTrue();
    assertThat(start.allows(20)).isFalse();
    assertThat(start.allows(98)).isFalse();
    assertThat(start.snap(20)).isEqualTo(21);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
