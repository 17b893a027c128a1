package dev.parley.memory;

import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaDescriptor;
import dev.parley.domain.port.PersonaCatalogue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fixed list of personas, in the order given; ids must be unique. */
public final class InMemoryPersonaCatalogue implements PersonaCatalogue {
  private final Map<String, Persona> byId = new LinkedHashMap<>();

  public InMemoryPersonaCatalogue(List<? extends Persona> personas) {
    for (Persona persona : personas) {
      if (byId.putIfAbsent(persona.descriptor().id(), persona) != null) {
        throw new IllegalArgumentException("duplicate persona id " + persona.descriptor().id());
      }
    }
  }

  @Override
  public List<PersonaDescriptor> descriptors() {
    return byId.values().stream().map(Persona::descriptor).toList();
  }

  @Override
  public Optional<Persona> find(String personaId) {
    return Optional.ofNullable(byId.get(personaId));
  }
}
