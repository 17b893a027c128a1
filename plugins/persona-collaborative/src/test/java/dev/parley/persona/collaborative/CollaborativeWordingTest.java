package dev.parley.persona.collaborative;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.IssuePreference;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import dev.parley.persona.api.rehearsal.Counterparts;
import dev.parley.persona.api.rehearsal.Rehearsal;
import dev.parley.persona.api.rehearsal.Rehearsal.Outcome;
import dev.parley.persona.api.rehearsal.Rehearsal.Said;
import dev.parley.scenarios.ScenarioLibrary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 14: wording that tells nothing, varies, invents nothing and warns before the end. */
class CollaborativeWordingTest {

  private final Persona persona = new CollaborativePersona();
  private final List<Scenario> scenarios = ScenarioLibrary.builtIn().all();

  @Test
  void repliesToTheReservationValueAndAStepAwayUseTheSameSentences() {
    for (Scenario scenario : scenarios) {
      for (Issue issue : scenario.issues()) {
        IssuePreference own = scenario.counterpart().preferences().of(issue.key());
        double reservation = own.reservation();
        // A step beyond the limit where the range allows it, else a step inside.
        double up = reservation + issue.step();
        double down = reservation - issue.step();
        double beyond = own.direction().atLeastAsGood(up, reservation) ? down : up;
        double inside = beyond == up ? down : up;
        double away = issue.allows(beyond) ? beyond : inside;
        List<String> atLimit = templates(scenario, issue, reservation);
        List<String> stepAway = templates(scenario, issue, away);
        assertThat(atLimit).as(scenario.id() + " " + issue.key()).isEqualTo(stepAway);
        assertThat(String.join(" ", atLimit)).doesNotContain("you named");
      }
    }
  }

  @Test
  void saysNoSentenceTwiceInATwentyTurnSession() {
    for (Scenario base : scenarios) {
      Scenario scenario = withRounds(base, 20);
      for (long seed = 0; seed < 6; seed++) {
        Outcome outcome =
            Rehearsal.play(persona, scenario, Counterparts.varied(), new UUID(20, seed));
        assertThat(outcome.replies()).as(scenario.id()).hasSize(20);
        Map<String, String> seen = new HashMap<>();
        for (PersonaReply reply : outcome.replies()) {
          for (String sentence : sentences(reply.text())) {
            String key = sentence.toLowerCase(Locale.ROOT);
            assertThat(seen.put(key, reply.text()))
                .as(
                    scenario.id()
                        + " seed "
                        + seed
                        + ": \""
                        + sentence
                        + "\" again in "
                        + reply.text())
                .isNull();
          }
        }
      }
    }
  }

  @Test
  void saysSomethingMattersToThePersonOnlyWhenTheySaidSo() {
    int attributions = 0;
    for (Scenario scenario : scenarios) {
      for (Rehearsal.Counterpart person :
          List.of(
              Counterparts.hardBargainer(), Counterparts.collaborator(), Counterparts.varied())) {
        for (long seed = 0; seed < 4; seed++) {
          List<String> stressed = new ArrayList<>();
          for (Message message :
              Rehearsal.play(persona, withRounds(scenario, 20), person, new UUID(21, seed))
                  .transcript()) {
            for (String sentence : sentences(message.content())) {
              String lower = sentence.toLowerCase(Locale.ROOT);
              if (message.sender() == Sender.USER) {
                if (lower.contains("matters most to me")) {
                  scenario.issues().stream()
                      .map(issue -> issue.label().toLowerCase(Locale.ROOT))
                      .filter(lower::contains)
                      .forEach(stressed::add);
                }
              } else if (!sentence.endsWith("?") && attributesImportance(sentence)) {
                attributions++;
                assertThat(stressed).as(sentence).anyMatch(lower::contains);
              }
            }
          }
        }
      }
    }
    // The learner of the varied script says what matters to them; the manager picks that up.
    assertThat(attributions).isPositive();
  }

  @Test
  void signalsItsFinalOfferTheRoundBeforeTheLastAndCountsDownTheRounds() {
    int finals = 0;
    for (Scenario scenario : scenarios) {
      for (long seed = 0; seed < 4; seed++) {
        Outcome outcome =
            Rehearsal.play(persona, scenario, Counterparts.varied(), new UUID(22, seed));
        List<PersonaReply> replies = outcome.replies();
        int limit = scenario.roundLimit();
        for (int round = 0; round < replies.size(); round++) {
          String text = replies.get(round).text().toLowerCase(Locale.ROOT);
          int left = limit - 1 - round;
          if (left >= 2) {
            assertThat(text).as(text).doesNotContain("final offer");
          }
          boolean ends =
              replies.get(round).move() instanceof Move.Accept
                  || replies.get(round).move() instanceof Move.WalkAway;
          if (left >= 1 && left <= 3 && !ends) {
            assertThat(text).as("rounds left named: " + text).contains("round");
          }
          if (left == 1 && replies.get(round).move() instanceof Move.CounterOffer finalOffer) {
            finals++;
            assertThat(text).contains("final offer");
            if (round + 1 < replies.size()
                && replies.get(round + 1).move() instanceof Move.CounterOffer last) {
              // Final means final: the last round holds the same package.
              assertThat(last.terms()).isEqualTo(finalOffer.terms());
            }
          }
        }
      }
    }
    assertThat(finals).isPositive();
  }

  /**
   * Its replies to a session where the person offers {@code value} on {@code issue}, numbers
   * masked.
   */
  private List<String> templates(Scenario scenario, Issue issue, double value) {
    Terms offer = personsOffer(scenario, issue, value);
    Rehearsal.Counterpart person =
        table ->
            switch (table.round()) {
              case 0 -> new Said("What can you offer?", new Move.Ask());
              case 1, 3 -> new Said("I propose this package.", new Move.CounterOffer(offer));
              default -> new Said("Why?", new Move.Ask());
            };
    Outcome outcome = Rehearsal.play(persona, withRounds(scenario, 5), person, new UUID(23, 1));
    List<String> out = new ArrayList<>();
    for (PersonaReply reply : outcome.replies()) {
      assertThat(reply.move()).isNotInstanceOf(Move.Accept.class);
      out.add(masked(reply.text()));
    }
    return out;
  }

  /** The person's best on every issue except {@code issue}, which is at {@code value}. */
  private static Terms personsOffer(Scenario scenario, Issue issue, double value) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (Issue each : scenario.issues()) {
      values.put(each.key(), scenario.personBrief().preferences().of(each.key()).best(each));
    }
    values.put(issue.key(), value);
    return Terms.of(values);
  }

  static Scenario withRounds(Scenario s, int rounds) {
    return new Scenario(
        s.id(),
        s.title(),
        s.description(),
        s.issues(),
        s.personBrief(),
        s.counterpart(),
        s.timeLimit(),
        rounds);
  }

  /** A text with every number as "#" and units in one form, so only the wording remains. */
  static String masked(String text) {
    return text.replaceAll("\\d[\\d,.]*\\d|\\d", "#")
        .replaceAll("in # (weeks?|days?)|right away", "in # days")
        .replaceAll("# (day|days)\\b", "# days")
        .replaceAll("# (month|months)\\b", "# months");
  }

  static List<String> sentences(String text) {
    return List.of(text.strip().split("(?<=[.!?])\\s+"));
  }

  static boolean attributesImportance(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    return lower.matches(
            ".*\\b(important|matters?|means a lot|priority|care about|crucial|key)\\b.*\\b(to|for)"
                + " you\\b.*")
        || lower.matches(".*\\byou (really )?(care|value|need|want)\\b.*\\bmost\\b.*")
        || lower.matches(".*\\byour (top )?priority\\b.*");
  }
}
