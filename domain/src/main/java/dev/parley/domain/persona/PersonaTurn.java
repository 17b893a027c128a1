package dev.parley.domain.persona;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Phase;
import dev.parley.domain.scenario.Preferences;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.terms.Terms;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a persona may use to answer: the scenario, its own private preferences, the transcript
 * (oldest first), the person's latest move, the table, and where the session stands in rounds and
 * time.
 */
public record PersonaTurn(
    Scenario scenario,
    Preferences privatePreferences,
    List<Message> transcript,
    Move latestMove,
    Terms onTable,
    Optional<Side> tabledBy,
    Phase phase,
    int round,
    int roundLimit,
    Duration timeLeft) {

  public PersonaTurn {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(privatePreferences, "privatePreferences");
    Objects.requireNonNull(latestMove, "latestMove");
    Objects.requireNonNull(onTable, "onTable");
    Objects.requireNonNull(tabledBy, "tabledBy");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(timeLeft, "timeLeft");
    transcript = List.copyOf(transcript);
  }

  /** How far through the session this turn is, 0..1, by rounds or by time, whichever is further. */
  public double progress(Duration timeLimit) {
    double byRounds = roundLimit <= 0 ? 1 : (double) round / roundLimit;
    double byTime =
        timeLimit.isZero() ? 1 : 1 - (double) timeLeft.toMillis() / timeLimit.toMillis();
    return Math.max(0, Math.min(1, Math.max(byRounds, byTime)));
  }

  /** The terms the person has on the table, if the person proposed last. */
  public Optional<Terms> personsProposal() {
    return tabledBy.filter(side -> side == Side.PERSON).map(side -> onTable);
  }
}
