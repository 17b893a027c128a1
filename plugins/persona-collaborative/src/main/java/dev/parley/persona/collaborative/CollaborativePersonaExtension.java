package dev.parley.persona.collaborative;

import dev.parley.domain.persona.Persona;
import dev.parley.persona.api.PersonaExtension;
import dev.parley.persona.api.PersonaSettings;
import java.util.Optional;
import org.pf4j.Extension;

/** Offers the collaborative hiring manager; it needs no configuration. */
@Extension
public final class CollaborativePersonaExtension implements PersonaExtension {
  @Override
  public Optional<Persona> create(PersonaSettings settings) {
    return Optional.of(new CollaborativePersona());
  }
}
