package dev.parley.plugins.host;

import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaDescriptor;
import dev.parley.domain.port.PersonaCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The personas on offer: the built-in plugins, trusted and run in the server, and the dropped-in
 * ones, run in the persona host process. A built-in id always names the built-in persona: the
 * dropped-in plugins are refused {@link #RESERVED_IDS} and whatever the built-ins offer.
 */
public final class BuiltInsAndDroppedIn implements PersonaCatalogue, AutoCloseable {

  /** The built-in personas' ids, reserved even when one is not offered (no LLM configured). */
  public static final Set<String> RESERVED_IDS =
      Set.of("hardball-recruiter", "collaborative-manager", "llm-negotiator");

  private final PluginPersonaCatalogue builtIns;
  private final IsolatedPersonaCatalogue droppedIn;

  public BuiltInsAndDroppedIn(PluginPersonaCatalogue builtIns, IsolatedPersonaCatalogue droppedIn) {
    this.builtIns = builtIns;
    this.droppedIn = droppedIn;
  }

  /** The dropped-in personas, for their metrics. */
  public IsolatedPersonaCatalogue droppedIn() {
    return droppedIn;
  }

  @Override
  public List<PersonaDescriptor> descriptors() {
    List<PersonaDescriptor> all = new ArrayList<>(builtIns.descriptors());
    Set<String> builtInIds = Set.copyOf(all.stream().map(PersonaDescriptor::id).toList());
    droppedIn.descriptors().stream()
        .filter(descriptor -> !builtInIds.contains(descriptor.id()))
        .forEach(all::add);
    return List.copyOf(all);
  }

  @Override
  public Optional<Persona> find(String personaId) {
    Optional<Persona> builtIn = builtIns.find(personaId);
    if (builtIn.isPresent() || RESERVED_IDS.contains(personaId)) {
      return builtIn;
    }
    return droppedIn.find(personaId);
  }

  @Override
  public void close() {
    droppedIn.close();
    builtIns.close();
  }
}
