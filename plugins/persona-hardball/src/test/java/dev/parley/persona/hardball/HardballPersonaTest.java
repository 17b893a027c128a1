package dev.parley.persona.hardball;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.persona.api.LimitLeaks;
import dev.parley.persona.api.rehearsal.Counterparts;
import dev.parley.persona.api.rehearsal.FactCheck;
import dev.parley.persona.api.rehearsal.Rehearsal;
import dev.parley.persona.api.rehearsal.Rehearsal.Outcome;
import dev.parley.scenarios.ScenarioLibrary;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HardballPersonaTest {

  private final HardballPersona persona = new HardballPersona();
  private final List<Scenario> scenarios = ScenarioLibrary.builtIn().all();
  private final Scenario salary = ScenarioLibrary.builtIn().find("salary-offer").orElseThrow();

  private Outcome play(Scenario scenario, Rehearsal.Counterpart person, long seed) {
    return Rehearsal.play(persona, scenario, person, new UUID(42, seed));
  }

  @Test
  void takesANaiveAcceptorForAtLeastItsOwnTargets() {
    for (Scenario scenario : scenarios) {
      Outcome outcome = play(scenario, Counterparts.naiveAcceptor(), 1);
      double targets =
          scenario.utility(
              Side.PERSONA, scenario.counterpart().preferences().targetPackage(scenario.issues()));
      assertThat(outcome.deal()).as(scenario.id()).isPresent();
      assertThat(scenario.utility(Side.PERSONA, outcome.deal().get()))
          .as(scenario.id())
          .isGreaterThanOrEqualTo(targets);
    }
  }

  @Test
  void concedesSlowlyAgainstAnotherHardBargainer() {
    Outcome outcome = play(salary, Counterparts.hardBargainer(), 2);
    assertThat(outcome.rounds()).isGreaterThanOrEqualTo(8);
    List<Double> ownUtilities =
        outcome.transcript().stream()
            .filter(m -> !m.proposal().isEmpty() && m.aiMetadata().isPresent())
            .map(m -> salary.utility(Side.PERSONA, m.proposal()))
            .toList();
    // Boulware: the first half of the session gives away less than the second half.
    int half = ownUtilities.size() / 2;
    double early = ownUtilities.getFirst() - ownUtilities.get(half);
    double late = ownUtilities.get(half) - ownUtilities.getLast();
    assertThat(early).isLessThan(late);
  }

  @Test
  void neverRevealsItsLimitsInAnyTextOrReasoning() {
    for (Scenario scenario : scenarios) {
      for (Rehearsal.Counterpart person :
          List.of(
              Counterparts.naiveAcceptor(),
              Counterparts.hardBargainer(),
              Counterparts.collaborator())) {
        for (long seed = 0; seed < 4; seed++) {
          List<Message> transcript = play(scenario, person, seed).transcript();
          for (int i = 0; i < transcript.size(); i++) {
            Message message = transcript.get(i);
            if (message.sender() != Sender.AI) {
              continue;
            }
            // Numbers the learner said before may be repeated; nothing else that is a limit.
            List<Message> before = transcript.subList(0, i);
            String reasoning = message.aiMetadata().orElseThrow().reasoning();
            assertThat(LimitLeaks.find(message.content(), scenario, before))
                .as(message.content())
                .isEmpty();
            assertThat(LimitLeaks.find(reasoning, scenario, before)).as(reasoning).isEmpty();
            if (scenario == salary && !LimitLeaks.learnersNumbers(before).contains(92_000.0)) {
              // The salary ceiling (92,000) written out independently of LimitLeaks.
              for (String form :
                  List.of("92000", "92,000", "92k", "92 000", "92.000", "92 thousand")) {
                assertThat(message.content().toLowerCase()).doesNotContain(form);
                assertThat(reasoning.toLowerCase()).doesNotContain(form);
              }
            }
          }
        }
      }
    }
  }

  @Test
  void variesWhatItSaysBetweenNegotiationsAndQuotesTheTermsOnTheTable() {
    Set<String> openings = new HashSet<>();
    for (long seed = 0; seed < 8; seed++) {
      Outcome outcome = play(salary, Counterparts.hardBargainer(), seed);
      openings.add(outcome.replies().getFirst().text());
      PersonaReply counter = outcome.replies().get(2);
      assertThat(counter.move()).isInstanceOf(Move.CounterOffer.class);
      double offeredSalary =
          ((Move.CounterOffer) counter.move()).terms().valueOf("salary").orElseThrow();
      assertThat(counter.text()).contains(String.format("%,d", (long) offeredSalary));
    }
    assertThat(openings).hasSizeGreaterThan(1);
  }

  @Test
  void sameNegotiationSameWords() {
    assertThat(play(salary, Counterparts.collaborator(), 7).replies())
        .isEqualTo(play(salary, Counterparts.collaborator(), 7).replies());
  }

  @Test
  void answers_every_question_about_its_fact_sheet_truthfully_without_repeating_itself() {
    assertThat(FactCheck.rehearseEveryFact(persona, scenarios)).isEmpty();
  }
}
