package dev.parley.domain.persona;

/**
 * An AI counterpart. Implementations may take their time (a language model) and may fail; the
 * caller bounds each call with a deadline and checks every move with {@link MoveValidation}.
 */
public interface Persona {
  PersonaDescriptor descriptor();

  PersonaReply reply(PersonaTurn turn);
}
