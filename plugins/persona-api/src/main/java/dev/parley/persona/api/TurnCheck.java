package dev.parley.persona.api;

import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.negotiation.NegotiationStatus;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.MoveValidation;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.result.Result;
import dev.parley.domain.scenario.Side;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks a persona's move against the domain's {@link MoveValidation} with only what a {@link
 * PersonaTurn} carries: the table of the turn stands in for the negotiation.
 */
public final class TurnCheck {

  private static final UUID UNKNOWN = new UUID(0, 0);

  private TurnCheck() {}

  /** The move if the domain's rules allow the persona to make it on this turn, else why not. */
  public static Result<Move> check(Move move, PersonaTurn turn) {
    return MoveValidation.check(move, Side.PERSONA, turn.scenario(), tableOf(turn));
  }

  private static Negotiation tableOf(PersonaTurn turn) {
    Instant now = Instant.now();
    UUID negotiationId =
        turn.transcript().isEmpty() ? UNKNOWN : turn.transcript().getFirst().negotiationId();
    return new Negotiation(
        negotiationId,
        UNKNOWN,
        turn.scenario().id(),
        "persona",
        NegotiationStatus.ACTIVE,
        turn.phase(),
        Math.max(0, turn.round()),
        Math.max(1, turn.roundLimit()),
        turn.onTable(),
        turn.tabledBy(),
        Optional.empty(),
        Optional.empty(),
        now,
        now,
        now.plus(turn.timeLeft()),
        0);
  }
}
