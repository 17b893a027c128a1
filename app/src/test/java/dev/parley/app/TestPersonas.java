package dev.parley.app;

import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaDescriptor;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.port.PersonaCatalogue;
import dev.parley.memory.InMemoryPersonaCatalogue;
import java.util.List;

/** One persona for starting negotiations in app tests; it is never asked to reply here. */
final class TestPersonas {
  static final PersonaDescriptor DESCRIPTOR =
      new PersonaDescriptor("test-persona", "Test persona", "For tests.", "neutral", "test");

  private TestPersonas() {}

  static PersonaCatalogue catalogue() {
    return new InMemoryPersonaCatalogue(
        List.of(
            new Persona() {
              @Override
              public PersonaDescriptor descriptor() {
                return DESCRIPTOR;
              }

              @Override
              public PersonaReply reply(PersonaTurn turn) {
                throw new UnsupportedOperationException("not used in these tests");
              }
            }));
  }
}
