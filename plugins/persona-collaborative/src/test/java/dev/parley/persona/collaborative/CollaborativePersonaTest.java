package dev.parley.persona.collaborative;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
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

class CollaborativePersonaTest {

  private final CollaborativePersona persona = new CollaborativePersona();
  private final List<Scenario> scenarios = ScenarioLibrary.builtIn().all();
  private final Scenario salary = ScenarioLibrary.builtIn().find("salary-offer").orElseThrow();

  private Outcome play(Scenario scenario, Rehearsal.Counterpart person, long seed) {
    return Rehearsal.play(persona, scenario, person, new UUID(7, seed));
  }

  @Test
  void reachesADealWithEveryKindOfCounterpart() {
    for (Scenario scenario : scenarios) {
      for (Rehearsal.Counterpart person :
          List.of(
              Counterparts.naiveAcceptor(),
              Counterparts.hardBargainer(),
              Counterparts.collaborator())) {
        Outcome outcome = play(scenario, person, 1);
        assertThat(outcome.deal()).as(scenario.id()).isPresent();
        assertThat(outcome.walkedAway()).isEmpty();
      }
    }
  }

  @Test
  void answersAQuestionAboutPrioritiesWithAQuestionBack() {
    Outcome outcome = play(salary, Counterparts.collaborator(), 3);
    // The collaborator asks first; the manager opens with a package and asks about priorities.
    PersonaReply first = outcome.replies().getFirst();
    assertThat(first.move()).isInstanceOf(Move.CounterOffer.class);
    assertThat(first.text()).contains("?");
  }

  @Test
  void tradesAcrossIssuesRatherThanConcedingOnAllAtOnce() {
    boolean traded = false;
    for (Scenario scenario : scenarios) {
      Outcome outcome = play(scenario, Counterparts.hardBargainer(), 4);
      List<Terms> offers =
          outcome.replies().stream()
              .filter(r -> r.move() instanceof Move.CounterOffer)
              .map(r -> ((Move.CounterOffer) r.move()).terms())
              .toList();
      for (int i = 1; i < offers.size(); i++) {
        traded |= isTrade(scenario, offers.get(i - 1), offers.get(i));
      }
    }
    // A trade: between two offers it gives on one issue and takes back on another,
    // which conceding evenly never does.
    assertThat(traded).isTrue();
  }

  private static boolean isTrade(Scenario scenario, Terms before, Terms after) {
    boolean gave = false;
    boolean took = false;
    for (var issue : scenario.issues()) {
      var preference = scenario.counterpart().preferences().of(issue.key());
      double was = before.valueOf(issue.key()).orElseThrow();
      double now = after.valueOf(issue.key()).orElseThrow();
      if (was != now) {
        boolean better = preference.direction().atLeastAsGood(now, was);
        gave |= !better;
        took |= better;
      }
    }
    return gave && took;
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
  void variesWhatItSaysBetweenNegotiations() {
    Set<String> openings = new HashSet<>();
    for (long seed = 0; seed < 8; seed++) {
      openings.add(play(salary, Counterparts.naiveAcceptor(), seed).replies().getFirst().text());
    }
    assertThat(openings).hasSizeGreaterThan(1);
  }

  @Test
  void answers_every_question_about_its_fact_sheet_truthfully_without_repeating_itself() {
    assertThat(FactCheck.rehearseEveryFact(persona, scenarios)).isEmpty();
  }
}
