package dev.parley.persona.hardball;

import dev.parley.domain.persona.Persona;
import dev.parley.persona.api.PersonaExtension;
import dev.parley.persona.api.PersonaSettings;
import java.util.Optional;
import org.pf4j.Extension;

/** Offers the hard-bargaining recruiter; it needs no configuration. */
@Extension
public final class HardballPersonaExtension implements PersonaExtension {
  @Override
  public Optional<Persona> create(PersonaSettings settings) {
    return Optional.of(new HardballPersona());
  }
}
