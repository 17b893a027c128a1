package dev.parley.persona.hardball;

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
 * A hard-bargaining recruiter: anchors far on its side, concedes slowly and evenly (Boulware),
 * defends its limits, and walks away late when the other side is still far off. Firm but civil.
 */
public final class HardballPersona implements Persona {

  static final String ID = "hardball-recruiter";

  /** Aims for the best end of every range, concedes late and evenly, walks away when hopeless. */
  static final Tactics TACTICS =
      new Tactics(ConcessionStrategy.boulware(), Packaging.even(), Bargainer.Anchor.EXTREMES, true);

  private static final PersonaDescriptor DESCRIPTOR =
      new PersonaDescriptor(
          ID,
          "Morgan, hard-bargaining recruiter",
          "Anchors ambitiously, concedes slowly and in small steps, and defends its limits."
              + " Firm but civil; will walk away late if you stay far apart.",
          "competitive",
          "rule-based");

  private final RuleBasedNegotiator negotiator = new RuleBasedNegotiator(TACTICS);

  @Override
  public PersonaDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public PersonaReply reply(PersonaTurn turn) {
    Decision decision = negotiator.decide(turn);
    HardballVoice voice = new HardballVoice(turn);
    return new PersonaReply(
        voice.say(decision),
        voice.explain(decision),
        decision.phase(),
        decision.confidence(),
        decision.move());
  }
}
