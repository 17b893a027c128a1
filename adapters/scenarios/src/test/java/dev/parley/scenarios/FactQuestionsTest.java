package dev.parley.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.scenario.Fact;
import dev.parley.domain.scenario.ScenarioCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Learners' questions ({@code fact-questions.tsv}) find the fact they are about on the built-in
 * fact sheets, and small talk finds none, so a persona answers what was asked.
 */
class FactQuestionsTest {

  record Labelled(String scenario, String question, String topic) {}

  final ScenarioCatalogue catalogue = ScenarioLibrary.builtIn();

  @Test
  void every_labelled_question_finds_its_fact() throws IOException {
    List<Labelled> questions = labelled();
    List<String> wrong = new ArrayList<>();
    for (Labelled labelled : questions) {
      String found =
          catalogue
              .find(labelled.scenario())
              .orElseThrow()
              .factSheet()
              .about(labelled.question())
              .map(Fact::topic)
              .orElse("-");
      if (!found.equals(labelled.topic())) {
        wrong.add(labelled + " found " + found);
      }
    }
    System.out.printf(
        "fact questions: %d of %d right%n", questions.size() - wrong.size(), questions.size());
    assertThat(questions).hasSizeGreaterThanOrEqualTo(60);
    assertThat(wrong).isEmpty();
  }

  private static List<Labelled> labelled() throws IOException {
    List<Labelled> out = new ArrayList<>();
    try (InputStream in = FactQuestionsTest.class.getResourceAsStream("/fact-questions.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        out.add(new Labelled(cells[0], cells[1], cells[2]));
      }
    }
    return out;
  }
}
