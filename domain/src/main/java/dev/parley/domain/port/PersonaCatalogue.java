package dev.parley.domain.port;

import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaDescriptor;
import java.util.List;
import java.util.Optional;

/** The personas available (built in or from plugins). */
public interface PersonaCatalogue {
  List<PersonaDescriptor> descriptors();

  Optional<Persona> find(String personaId);
}
