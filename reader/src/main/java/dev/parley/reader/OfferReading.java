package dev.parley.reader;

import dev.parley.domain.persona.Move;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import dev.parley.domain.usecase.ChatReading;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link ChatReading} by the rule-based {@link OfferReader}, one reader per scenario built from the
 * names of its issues. A floor or ceiling the person states ("at least 80k") counts as proposing
 * that value when no value was proposed for the issue.
 */
public final class OfferReading implements ChatReading {

  private final Map<Scenario, OfferReader> readers = new ConcurrentHashMap<>();

  /** How sure a proposal resting on a guess ({@link ReadMessage#guessed()}) is. */
  static final double GUESSED = 0.5;

  @Override
  public Reading read(String text, Scenario scenario, Terms onTable, Instant now) {
    OfferReader reader = readers.computeIfAbsent(scenario, OfferReading::readerFor);
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    ReadMessage read = reader.read(text, ReadingContext.of(onTable, today));
    Move move = moveOf(read);
    boolean guess = read.guessed() && move instanceof Move.CounterOffer;
    return new Reading(move, guess ? GUESSED : 1.0);
  }

  private static Move moveOf(ReadMessage read) {
    return switch (read.intent()) {
      case PROPOSE -> proposal(read);
      case ACCEPT -> new Move.Accept();
      case REJECT -> new Move.Reject();
      case QUESTION -> new Move.Ask();
      case WALK_AWAY -> new Move.WalkAway();
      case OTHER -> new Move.Talk();
    };
  }

  private static Move proposal(ReadMessage read) {
    Terms terms = read.proposed();
    for (Bound bound : read.bounds()) {
      if (terms.valueOf(bound.issueKey()).isEmpty()) {
        terms = terms.with(bound.issueKey(), bound.value());
      }
    }
    if (terms.isEmpty()) {
      return read.question() ? new Move.Ask() : new Move.Talk();
    }
    return new Move.CounterOffer(terms);
  }

  private static OfferReader readerFor(Scenario scenario) {
    return new OfferReader(scenario.issues().stream().map(OfferReading::vocabularyOf).toList());
  }

  private static IssueVocabulary vocabularyOf(Issue issue) {
    return new IssueVocabulary(
        issue.key(),
        issue.unit(),
        issue.names(),
        issue.min(),
        issue.max(),
        issue.complementNames());
  }
}
