package dev.parley.gateway;

import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaDescriptor;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.persona.PersonaTurn;
import java.util.function.Function;

/** A persona for the gateway's tests: its id, and what it answers to a turn. */
final class TestPersona {
  private TestPersona() {}

  static Persona answering(String id, Function<PersonaTurn, PersonaReply> answer) {
    PersonaDescriptor descriptor = new PersonaDescriptor(id, id, "-", "-", "none");
    return new Persona() {
      @Override
      public PersonaDescriptor descriptor() {
        return descriptor;
      }

      @Override
      public PersonaReply reply(PersonaTurn turn) {
        return answer.apply(turn);
      }
    };
  }
}
