package dev.parley.persona.hardball;

import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaDescriptor;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.persona.api.rules.Allocation;
import dev.parley.persona.api.rules.ConcessionCurve;
import dev.parley.persona.api.rules.Decision;
import dev.parley.persona.api.rules.RuleBasedNegotiator;
import dev.parley.persona.api.rules.Tactics;

/**
 * A hard-bargaining recruiter: anchors far on its side, concedes slowly and evenly (Boulware),
 * defends its limits, and walks away late when the other side is still far off. Firm but civil.
 */
public final class HardballPersona implements Persona {

  static final String ID = "hardball-recruiter";

  /** Opens halfway beyond its targets, concedes late, accepts only close to its own offer. */
  static final Tactics TACTICS =
      new Tactics(0.5, ConcessionCurve.boulware(0.25), Allocation.UNIFORM, 0.01, true);

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
