package dev.parley.selfplay;

import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.MoveValidation;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import dev.parley.domain.usecase.ChatReading;
import dev.parley.persona.api.rehearsal.Rehearsal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A scripted learner as the product hears it: its text goes through the real reader, and the move
 * the table gets is the reading, kept only where the server would keep it (values snapped to the
 * issues' steps, an acceptance only of the persona's complete offer, else talk). The server asks
 * before an acceptance, a walk-away or an unsure proposal takes effect; the learner's answer is
 * played here: yes when the reading is what it meant, no (talk) otherwise.
 */
final class ReadLearner implements Rehearsal.Counterpart {

  /** One learner message: what it meant, what the reader made of it, what the table got. */
  record Reading(String text, Move intended, Move read, Move played) {
    boolean misread() {
      return !same(intended, read);
    }
  }

  private static final Instant NOW = Instant.parse("2026-01-01T09:00:00Z");

  private final Learner learner;
  private final ChatReading reader;
  private final List<Reading> readings = new ArrayList<>();

  ReadLearner(Learner learner, ChatReading reader) {
    this.learner = learner;
    this.reader = reader;
  }

  @Override
  public Rehearsal.Said next(Rehearsal.Table table) {
    Line line = learner.next(table);
    Scenario scenario = table.scenario();
    ChatReading.Reading reading = reader.read(line.text(), scenario, table.onTable(), NOW);
    Move read = snapped(scenario, reading.move());
    Move played = played(table, read, reading.sure(), line.intended());
    readings.add(new Reading(line.text(), line.intended(), read, played));
    return new Rehearsal.Said(line.text(), played);
  }

  List<Reading> readings() {
    return List.copyOf(readings);
  }

  private static Move played(Rehearsal.Table table, Move read, boolean sure, Move intended) {
    Move legal = legal(table, read);
    boolean asked =
        legal instanceof Move.Accept
            || legal instanceof Move.WalkAway
            || (legal instanceof Move.CounterOffer && !sure);
    if (asked && !same(intended, legal)) {
      return new Move.Talk();
    }
    return legal;
  }

  private static Move legal(Rehearsal.Table table, Move move) {
    return switch (move) {
      case Move.CounterOffer offer ->
          MoveValidation.termsProblem(offer.terms(), table.scenario()).isEmpty()
              ? offer
              : new Move.Talk();
      case Move.Accept accept ->
          table.personaOffer().filter(offer -> table.scenario().complete(offer)).isPresent()
              ? accept
              : new Move.Talk();
      default -> move;
    };
  }

  private static Move snapped(Scenario scenario, Move move) {
    if (!(move instanceof Move.CounterOffer offer)) {
      return move;
    }
    Terms snapped = Terms.NONE;
    for (Map.Entry<String, Double> term : offer.terms().values().entrySet()) {
      Optional<Issue> issue = scenario.issue(term.getKey());
      if (issue.isPresent() && Double.isFinite(term.getValue())) {
        snapped = snapped.with(term.getKey(), issue.get().snap(term.getValue()));
      }
    }
    return snapped.isEmpty() ? new Move.Talk() : new Move.CounterOffer(snapped);
  }

  static boolean same(Move a, Move b) {
    if (a instanceof Move.CounterOffer x && b instanceof Move.CounterOffer y) {
      return sameTerms(x.terms(), y.terms());
    }
    return Objects.equals(a.getClass(), b.getClass());
  }

  private static boolean sameTerms(Terms a, Terms b) {
    if (!a.values().keySet().equals(b.values().keySet())) {
      return false;
    }
    for (Map.Entry<String, Double> term : a.values().entrySet()) {
      if (Math.abs(term.getValue() - b.values().get(term.getKey())) > 1e-9) {
        return false;
      }
    }
    return true;
  }
}
