package dev.parley.domain.scoring;

import static dev.parley.domain.scoring.ScoringPropertiesTest.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.TestScenarios;
import dev.parley.domain.terms.Terms;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManagingRelationshipsTest {

  final Scenario salary = TestScenarios.catalogue().find("salary-offer").orElseThrow();

  static Terms salary(double value) {
    return Terms.of(Map.of("salary", value));
  }

  @Test
  void reasons_and_questions_score_high_and_hostility_costs() {
    List<Message> courteous =
        List.of(
            message(Sender.USER, "What range did you have in mind for this role?", Terms.NONE),
            message(Sender.AI, "We were thinking 75k.", salary(75_000)),
            message(
                Sender.USER, "I'd ask for 90k because that is the market rate.", salary(90_000)));
    List<Message> hostile =
        List.of(
            message(Sender.USER, "Give me 90k, take it or leave it.", salary(90_000)),
            message(Sender.USER, "That offer is pathetic.", Terms.NONE));

    assertThat(ManagingRelationships.of(salary, courteous)).isEqualTo(100);
    assertThat(ManagingRelationships.of(salary, hostile)).isZero();
  }

  @Test
  void answering_a_concession_with_a_concession_counts_as_reciprocity() {
    List<Message> reciprocating =
        List.of(
            message(Sender.AI, "72k.", salary(72_000)),
            message(Sender.USER, "95k.", salary(95_000)),
            message(Sender.AI, "78k then.", salary(78_000)),
            message(Sender.USER, "91k.", salary(91_000)));
    List<Message> stubborn =
        List.of(
            message(Sender.AI, "72k.", salary(72_000)),
            message(Sender.USER, "95k.", salary(95_000)),
            message(Sender.AI, "78k then.", salary(78_000)),
            message(Sender.USER, "Still 95k.", salary(95_000)));

    assertThat(ManagingRelationships.reciprocity(salary, reciprocating)).isEqualTo(1.0);
    assertThat(ManagingRelationships.reciprocity(salary, stubborn)).isZero();
    assertThat(ManagingRelationships.of(salary, reciprocating))
        .isGreaterThan(ManagingRelationships.of(salary, stubborn));
  }

  @Test
  void words_inside_other_words_are_not_insults() {
    assertThat(
            ManagingRelationships.INSULT.matcher("I enjoyed the jokes; no idiotic remarks").find())
        .isFalse();
    assertThat(ManagingRelationships.INSULT.matcher("You're an IDIOT.").find()).isTrue();
  }

  @Test
  void a_person_who_said_nothing_has_no_relationship_score() {
    assertThat(ManagingRelationships.of(salary, List.of(message(Sender.AI, "Hello", Terms.NONE))))
        .isZero();
  }
}
