package dev.parley.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.persona.Move;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.ScenarioCatalogue;
import dev.parley.domain.terms.Terms;
import dev.parley.domain.usecase.ChatReading;
import dev.parley.scenarios.ScenarioLibrary;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The offer reader wired as the use cases' ChatReading, against the built-in scenarios. */
class OfferReadingTest {

  final OfferReading reading = new OfferReading();
  final ScenarioCatalogue catalogue = ScenarioLibrary.builtIn();
  final Scenario salary = catalogue.find("salary-offer").orElseThrow();
  final Instant now = Instant.parse("2026-03-02T09:00:00Z");

  Move read(Scenario scenario, String text, Terms onTable) {
    return reading.read(text, scenario, onTable, now).move();
  }

  @Test
  void a_bare_number_with_nothing_to_measure_it_against_is_a_guess_to_check() {
    ChatReading.Reading guess = reading.read("how about 5000?", salary, Terms.NONE, now);
    ChatReading.Reading named = reading.read("how about a 5000 bonus?", salary, Terms.NONE, now);
    ChatReading.Reading nearTable =
        reading.read("how about 6000?", salary, Terms.of(Map.of("signing_bonus", 4_000.0)), now);

    assertThat(guess.move())
        .isEqualTo(new Move.CounterOffer(Terms.of(Map.of("signing_bonus", 5_000.0))));
    assertThat(guess.sure()).isFalse();
    assertThat(named.move()).isEqualTo(guess.move());
    assertThat(named.sure()).isTrue();
    assertThat(nearTable.move())
        .isEqualTo(new Move.CounterOffer(Terms.of(Map.of("signing_bonus", 6_000.0))));
    assertThat(nearTable.sure()).isTrue();
  }

  @Test
  void figures_become_a_counter_offer_on_the_scenarios_issues() {
    Move move = read(salary, "I'd like a base of $90,000 and three days remote.", Terms.NONE);

    assertThat(move).isInstanceOf(Move.CounterOffer.class);
    assertThat(((Move.CounterOffer) move).terms().values())
        .containsEntry("salary", 90_000.0)
        .containsEntry("remote_days", 3.0);
  }

  @Test
  void a_floor_counts_as_proposing_it() {
    Move move = read(salary, "I need at least 85k.", Terms.NONE);

    assertThat(move).isEqualTo(new Move.CounterOffer(Terms.of(Map.of("salary", 85_000.0))));
  }

  @Test
  void the_freelance_rate_is_read_per_hour() {
    Scenario freelance = catalogue.find("freelance-contract").orElseThrow();

    Move move = read(freelance, "My rate is $95/hour for a six-month contract.", Terms.NONE);

    assertThat(((Move.CounterOffer) move).terms().values())
        .containsEntry("rate", 95.0)
        .containsEntry("contract_months", 6.0);
  }

  @Test
  void acceptance_walk_away_and_questions_are_recognised() {
    Terms onTable =
        Terms.of(
            Map.of(
                "salary", 85_000.0,
                "signing_bonus", 5_000.0,
                "start_date", 28.0,
                "remote_days", 2.0,
                "vacation", 25.0));

    assertThat(read(salary, "Deal, I accept.", onTable)).isEqualTo(new Move.Accept());
    assertThat(read(salary, "I'm walking away from this.", onTable)).isEqualTo(new Move.WalkAway());
    assertThat(read(salary, "Why is the budget fixed?", onTable)).isEqualTo(new Move.Ask());
    assertThat(read(salary, "Thanks for your time so far.", onTable)).isEqualTo(new Move.Talk());
  }
}
