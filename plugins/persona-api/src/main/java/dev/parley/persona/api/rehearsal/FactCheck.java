package dev.parley.persona.api.rehearsal;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.persona.Persona;
import dev.parley.domain.scenario.Fact;
import dev.parley.domain.scenario.Scenario;
import dev.parley.persona.api.LimitLeaks;
import dev.parley.persona.api.Phrases;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Checks a rehearsed session the way a teacher would read it: every question about a fact of the
 * scenario's sheet is answered with that fact in the very next reply, no sentence of the persona
 * repeats, and no reply names the persona's limits.
 */
public final class FactCheck {

  private FactCheck() {}

  /**
   * Rehearses {@code persona} on every scenario against learners who ask about every fact of its
   * sheet (in order from the first, from the middle, and the same fact every round) and returns
   * what went wrong, one line each, naming the scenario; empty when nothing did.
   */
  public static List<String> rehearseEveryFact(Persona persona, List<Scenario> scenarios) {
    List<String> problems = new ArrayList<>();
    long session = 0;
    for (Scenario scenario : scenarios) {
      int facts = scenario.factSheet().facts().size();
      for (Rehearsal.Counterpart asking :
          List.of(
              Counterparts.askingAboutFacts(0, 1),
              Counterparts.askingAboutFacts(facts / 2, 1),
              Counterparts.askingAboutFacts(3, 0))) {
        Rehearsal.Outcome outcome =
            Rehearsal.play(persona, scenario, asking, new UUID(11, session++));
        if (outcome.rounds() < scenario.roundLimit()) {
          problems.add(scenario.id() + ": questions alone ended the session early");
        }
        problems(outcome, scenario)
            .forEach(problem -> problems.add(scenario.id() + ": " + problem));
      }
    }
    return problems;
  }

  /** What went wrong in {@code outcome}, one line each; empty when nothing did. */
  public static List<String> problems(Rehearsal.Outcome outcome, Scenario scenario) {
    List<String> problems = new ArrayList<>();
    List<Message> transcript = outcome.transcript();
    Set<String> said = new HashSet<>();
    for (int i = 0; i < transcript.size(); i++) {
      Message message = transcript.get(i);
      if (message.sender() == Sender.AI) {
        for (String sentence : Phrases.sentences(message.content())) {
          if (!said.add(sentence.toLowerCase(Locale.ROOT))) {
            problems.add("repeated: " + sentence);
          }
        }
        LimitLeaks.find(message.content(), scenario, transcript.subList(0, i))
            .ifPresent(leak -> problems.add("leaks the " + leak + ": " + message.content()));
        continue;
      }
      Optional<Fact> asked =
          message.content().contains("?")
              ? scenario.factSheet().about(message.content())
              : Optional.empty();
      if (asked.isPresent() && i + 1 < transcript.size()) {
        String reply = transcript.get(i + 1).content();
        String answer = asked.get().answer();
        // the answer may follow "As I said, ", so its first letter may be lower case
        if (!reply.contains(answer.substring(1))) {
          problems.add("asked \"" + message.content() + "\", not answered with its fact: " + reply);
        }
      }
    }
    return problems;
  }
}
