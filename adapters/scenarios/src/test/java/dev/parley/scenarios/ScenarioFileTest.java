package dev.parley.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken scenario file gets an error naming the file and the field, and nothing else breaks. */
class ScenarioFileTest {

  static final String SALARY = builtIn("salary-offer.yaml");

  @TempDir Path teachers;

  @Test
  void a_wrong_type_names_the_field() {
    ScenarioProblem problem = problemOf(SALARY.replace("round_limit: 12", "round_limit: twelve"));
    assertThat(problem.file()).isEqualTo("mine.yaml");
    assertThat(problem.field()).isEqualTo("round_limit");
    assertThat(problem.message()).contains("integer");
  }

  @Test
  void a_missing_field_is_named() {
    ScenarioProblem problem = problemOf(SALARY.replace("title: Salary offer\n", ""));
    assertThat(problem.field()).isEqualTo("$");
    assertThat(problem.message()).contains("title");
  }

  @Test
  void an_unknown_field_is_named_so_a_typo_does_not_pass_silently() {
    ScenarioProblem problem =
        problemOf(SALARY.replace("round_limit: 12", "round_limit: 12\nrounds_limit: 12"));
    assertThat(problem.message()).contains("rounds_limit");
  }

  @Test
  void a_weight_that_is_not_a_number_names_its_issue() {
    assertThat(problemOf(SALARY.replace("weight: 0.50", "weight: lots")).field())
        .isEqualTo("issues[0].person.weight");
  }

  @Test
  void a_limit_off_the_issues_grid_names_the_field_and_the_grid() {
    ScenarioProblem problem = problemOf(SALARY.replace("reservation: 92000", "reservation: 92500"));
    assertThat(problem.field()).isEqualTo("issues[0].persona.reservation");
    assertThat(problem.message()).contains("60000..120000").contains("step of 1000");
  }

  @Test
  void a_floor_below_the_persons_own_outside_offer_is_refused() {
    ScenarioProblem problem = problemOf(SALARY.replace("reservation: 78000", "reservation: 75000"));
    assertThat(problem.field()).isEqualTo("issues[0].person.reservation");
    assertThat(problem.message()).contains("75000").contains("78000");
  }

  @Test
  void an_outside_offer_on_an_unknown_issue_is_named() {
    ScenarioProblem problem =
        problemOf(SALARY.replace("terms: {salary: 78000,", "terms: {salry: 78000,"));
    assertThat(problem.field()).isEqualTo("person.best_alternative.terms.salry");
  }

  @Test
  void a_range_that_is_not_whole_steps_is_named() {
    assertThat(problemOf(SALARY.replace("step: 1000\n", "step: 7000\n")).field())
        .isEqualTo("issues[0].step");
  }

  @Test
  void a_fact_without_the_words_it_is_asked_by_is_named() {
    ScenarioProblem problem =
        problemOf(
            SALARY.replace(
                "asked_as: [team, colleagues, teammates, who would i work, working with, engineers, people]",
                "asked_as: []"));
    assertThat(problem.field()).isEqualTo("facts[0].asked_as");
  }

  @Test
  void text_that_is_not_yaml_is_refused_with_the_parser_s_reason() {
    ScenarioProblem problem = problemOf("id: [unclosed\n");
    assertThat(problem.field()).isEqualTo("$");
    assertThat(problem.message()).startsWith("not valid YAML");
  }

  @Test
  void a_directory_with_a_broken_file_still_offers_the_good_ones() throws IOException {
    Files.writeString(
        teachers.resolve("lease.yaml"), SALARY.replace("id: salary-offer", "id: lease"));
    Files.writeString(
        teachers.resolve("broken.yml"),
        SALARY.replace("id: salary-offer", "id: x").replace("round_limit: 12", "round_limit: 0"));
    Files.writeString(teachers.resolve("twin.yaml"), SALARY);
    Files.writeString(teachers.resolve("notes.txt"), "not a scenario");

    ScenarioLibrary.Loaded loaded = ScenarioLibrary.load(teachers);

    assertThat(loaded.catalogue().find("lease")).isPresent();
    assertThat(loaded.catalogue().all()).hasSize(4);
    assertThat(loaded.problems())
        .extracting(ScenarioProblem::file, ScenarioProblem::field)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("broken.yml", "round_limit"),
            org.assertj.core.groups.Tuple.tuple("twin.yaml", "id"));
  }

  @Test
  void a_file_too_large_is_refused_before_it_is_parsed() throws IOException {
    Files.writeString(teachers.resolve("huge.yaml"), "# " + "x".repeat(ScenarioFile.MAX_BYTES));

    assertThat(ScenarioLibrary.load(teachers).problems())
        .singleElement()
        .extracting(ScenarioProblem::message)
        .asString()
        .contains("larger than");
  }

  @Test
  void a_missing_directory_is_a_problem_not_a_crash() {
    ScenarioLibrary.Loaded loaded = ScenarioLibrary.load(teachers.resolve("nowhere"));

    assertThat(loaded.catalogue().all()).hasSize(3);
    assertThat(loaded.problems())
        .singleElement()
        .extracting(ScenarioProblem::message)
        .isEqualTo("is not a directory");
  }

  @Test
  void every_problem_of_a_file_is_reported_at_once() {
    assertThatThrownBy(
            () ->
                ScenarioFile.read(
                    "mine.yaml",
                    SALARY
                        .replace("round_limit: 12", "round_limit: 0")
                        .replace("time_limit_minutes: 30", "time_limit_minutes: -5")))
        .isInstanceOfSatisfying(
            ScenarioFileException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ScenarioProblem::field)
                    .contains("round_limit", "time_limit_minutes"));
  }

  private static ScenarioProblem problemOf(String yaml) {
    try {
      ScenarioFile.read("mine.yaml", yaml);
    } catch (ScenarioFileException e) {
      assertThat(e.problems()).isNotEmpty();
      assertThat(e.getMessage()).startsWith("mine.yaml: ");
      return e.problems().getFirst();
    }
    throw new AssertionError("the file was accepted");
  }

  private static String builtIn(String name) {
    try (InputStream in =
        ScenarioFileTest.class.getResourceAsStream("/dev/parley/scenarios/builtin/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
