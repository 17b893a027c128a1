package dev.parley.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.scenario.Fact;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.IssueKind;
import dev.parley.domain.scenario.IssuePreference;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.ScenarioCatalogue;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BuiltInScenariosTest {

  final ScenarioCatalogue catalogue = ScenarioLibrary.builtIn();

  @Test
  void offers_the_salary_freelance_and_car_scenarios_from_their_files() {
    assertThat(catalogue.all())
        .extracting(Scenario::id)
        .containsExactly("salary-offer", "freelance-contract", "used-car");
    assertThat(catalogue.find("salary-offer").orElseThrow().issues())
        .extracting(Issue::key)
        .containsExactly("salary", "signing_bonus", "start_date", "remote_days", "vacation");
    Issue remote = catalogue.find("salary-offer").orElseThrow().issue("remote_days").orElseThrow();
    assertThat(remote.names()).startsWith("remote days").contains("wfh", "work from home");
    assertThat(remote.complementNames()).contains("in the office");
  }

  @Test
  void every_scenario_has_a_bargaining_zone_on_every_issue_and_every_kind_of_issue() {
    for (Scenario scenario : catalogue.all()) {
      for (Issue issue : scenario.issues()) {
        IssuePreference person = scenario.personBrief().preferences().of(issue.key());
        IssuePreference persona = scenario.counterpart().preferences().of(issue.key());
        assertThat(issue.values())
            .as(scenario.id() + "/" + issue.key())
            .anyMatch(value -> person.acceptable(value) && persona.acceptable(value));
      }
      assertThat(scenario.issues())
          .extracting(Issue::kind)
          .contains(IssueKind.DISTRIBUTIVE, IssueKind.INTEGRATIVE, IssueKind.COMPATIBLE);
    }
  }

  @Test
  void every_brief_names_its_outside_option_and_keeps_its_floors_at_or_above_it() {
    for (Scenario scenario : catalogue.all()) {
      var brief = scenario.personBrief();
      assertThat(brief.alternativeTerms().isEmpty()).as(scenario.id()).isFalse();
      brief
          .alternativeTerms()
          .values()
          .forEach(
              (key, value) -> {
                IssuePreference preference = brief.preferences().of(key);
                assertThat(preference.direction().atLeastAsGood(preference.reservation(), value))
                    .as(scenario.id() + "/" + key)
                    .isTrue();
              });
    }
  }

  @Test
  void every_brief_says_why_each_issue_matters_in_words() {
    for (Scenario scenario : catalogue.all()) {
      for (Issue issue : scenario.issues()) {
        assertThat(scenario.personBrief().reasons())
            .as(scenario.id() + "/" + issue.key())
            .containsKey(issue.key());
      }
    }
  }

  @Test
  void every_persona_has_about_fifteen_facts_with_distinct_topics() {
    for (Scenario scenario : catalogue.all()) {
      assertThat(scenario.factSheet().facts()).as(scenario.id()).hasSizeBetween(15, 25);
      Set<String> topics = new HashSet<>();
      for (Fact fact : scenario.factSheet().facts()) {
        assertThat(topics.add(fact.topic())).as(scenario.id() + ": " + fact.topic()).isTrue();
      }
    }
  }
}
