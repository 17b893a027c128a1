package dev.parley.persona.collaborative;

import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaDescriptor;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.strategy.Bargainer;
import dev.parley.domain.strategy.ConcessionStrategy;
import dev.parley.domain.strategy.Packaging;
import dev.parley.persona.api.rules.Decision;
import dev.parley.persona.api.rules.RuleBasedNegotiator;
import dev.parley.persona.api.rules.Tactics;

/**
 * A collaborative hiring manager: opens at its targets, asks about priorities, trades across issues
 * (gives ground first where it cares least, offers the shared-interest issues at their best
 * straight away) and concedes steadily. Never walks away on its own.
 */
public final class CollaborativePersona implements Persona {

  static final String ID = "collaborative-manager";

  /** Opens at its targets, concedes early and trades across issues (logrolling). */
  static final Tactics TACTICS =
      new Tactics(
          ConcessionStrategy.conceder(), Packaging.tradeOffs(), Bargainer.Anchor.TARGETS, false);

  private static final PersonaDescriptor DESCRIPTOR =
      new PersonaDescriptor(
          ID,
          "Sam, collaborative hiring manager",
          "Asks what matters to you, trades across issues to grow the pie, and concedes"
              + " steadily where it costs little.",
          "collaborative",
          "rule-based");

  private final RuleBasedNegotiator negotiator = new RuleBasedNegotiator(TACTICS);

  @Override
  public PersonaDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public PersonaReply reply(PersonaTurn turn) {
    Decision decision = negotiator.decide(turn);
    CollaborativeVoice voice = new CollaborativeVoice(turn);
    // Where the rules only answer, this persona asks about priorities: that is how it finds trades.
    Move move =
        decision.kind() == Decision.Kind.ANSWER && decision.move() instanceof Move.Talk
            ? new Move.Ask()
            : decision.move();
    return new PersonaReply(
        voice.say(decision),
        voice.explain(decision),
        decision.phase(),
        decision.confidence(),
        move);
  }
}
