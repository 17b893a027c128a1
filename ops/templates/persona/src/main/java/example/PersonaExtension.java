package example.@PACKAGE@;

import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaDescriptor;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.strategy.Bargainer;
import dev.parley.domain.strategy.ConcessionStrategy;
import dev.parley.domain.strategy.Packaging;
import dev.parley.persona.api.PersonaExtension;
import dev.parley.persona.api.PersonaSettings;
import dev.parley.persona.api.rules.Decision;
import dev.parley.persona.api.rules.PlainVoice;
import dev.parley.persona.api.rules.RuleBasedNegotiator;
import dev.parley.persona.api.rules.Tactics;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Persona {@value #ID}: mirrors the learner's concessions (tit-for-tat) in plain words. Change the
 * tactics, or write your own {@code reply}; the test rehearses it against scripted learners.
 */
@Extension
public class @CLASS@ implements PersonaExtension {

  public static final String ID = "@ID@";

  /** Called once each time the server loads this plugin; {@code settings} holds PLUGIN_@PREFIX@_*. */
  @Override
  public Optional<Persona> create(PersonaSettings settings) {
    RuleBasedNegotiator rules =
        new RuleBasedNegotiator(
            new Tactics(
                ConcessionStrategy.titForTat(), Packaging.even(), Bargainer.Anchor.TARGETS, false));
    PersonaDescriptor descriptor =
        new PersonaDescriptor(
            ID, settings.get("PLUGIN_@PREFIX@_NAME").orElse("Robin, patient negotiator"),
            "Mirrors your concessions.", "balanced", "rule-based");
    return Optional.of(
        new Persona() {
          @Override
          public PersonaDescriptor descriptor() {
            return descriptor;
          }

          @Override
          public PersonaReply reply(PersonaTurn turn) {
            Decision decision = rules.decide(turn);
            return new PersonaReply(
                PlainVoice.say(decision, turn),
                PlainVoice.explain(decision),
                decision.phase(),
                decision.confidence(),
                decision.move());
          }
        });
  }
}
