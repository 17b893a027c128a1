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
            message(
                Sender.USER,
                "Hi, thanks for meeting. What range did you have in mind for this role?",
                Terms.NONE),
            message(Sender.AI, "We were thinking 72k.", salary(72_000)),
            message(
                Sender.USER, "I'd ask for 95k because that is the market rate.", salary(95_000)),
            message(Sender.AI, "78k then.", salary(78_000)),
            message(
                Sender.USER, "Because you moved, I can do 91k. Would that work?", salary(91_000)),
            message(Sender.USER, "And could we talk about remote days too?", Terms.NONE));
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
  void two_messages_cannot_earn_a_high_score() {
    List<Message> hiDeal =
        List.of(
            message(Sender.USER, "Hi", Terms.NONE),
            message(Sender.AI, "Here is our offer: 80k.", salary(80_000)),
            message(Sender.USER, "Deal", Terms.NONE));

    assertThat(ManagingRelationships.of(salary, hiDeal)).isLessThanOrEqualTo(20);
  }

  @Test
  void an_insult_costs_more_than_a_missing_greeting() {
    List<Message> greeted =
        List.of(
            message(Sender.USER, "Hello! I'd like 95k because of my experience.", salary(95_000)),
            message(Sender.AI, "80k.", salary(80_000)),
            message(Sender.USER, "What matters most to you?", Terms.NONE),
            message(Sender.USER, "I can do 92k since you need me soon.", salary(92_000)),
            message(Sender.USER, "Can we agree on that?", Terms.NONE));
    List<Message> ungreeted = new java.util.ArrayList<>(greeted);
    ungreeted.set(
        0, message(Sender.USER, "I'd like 95k because of my experience.", salary(95_000)));
    List<Message> insulting = new java.util.ArrayList<>(greeted);
    insulting.set(2, message(Sender.USER, "What matters most to you, you clown?", Terms.NONE));

    int withGreeting = ManagingRelationships.of(salary, greeted);
    int withoutGreeting = ManagingRelationships.of(salary, ungreeted);
    int withInsult = ManagingRelationships.of(salary, insulting);

    assertThat(withGreeting).isGreaterThan(withoutGreeting);
    assertThat(withGreeting - withInsult).isGreaterThan(withGreeting - withoutGreeting);
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
