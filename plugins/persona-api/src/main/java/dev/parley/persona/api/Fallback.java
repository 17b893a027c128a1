package dev.parley.persona.api;

import dev.parley.domain.persona.PersonaDescriptor;
import dev.parley.domain.persona.PersonaReply;

/**
 * How a persona says that a reply did not come from its usual source (a language model that timed
 * out, say) but from rules: its reasoning starts with {@link #MARKER}. The host reports such a
 * reply's model as {@link #modelOf}, e.g. {@code gpt-4o-mini (fallback: rule-based)}.
 */
public final class Fallback {

  /** The start of the reasoning of a fallback reply. */
  public static final String MARKER = "[fallback: rule-based] ";

  private Fallback() {}

  /** {@code reasoning}, marked as a fallback. */
  public static String marked(String reasoning) {
    return reasoning.startsWith(MARKER) ? reasoning : MARKER + reasoning;
  }

  public static boolean isFallback(PersonaReply reply) {
    return reply.reasoning().startsWith(MARKER);
  }

  /** The model to report for {@code reply}: the persona's, flagged when the reply fell back. */
  public static String modelOf(PersonaDescriptor descriptor, PersonaReply reply) {
    return isFallback(reply) ? descriptor.model() + " (fallback: rule-based)" : descriptor.model();
  }
}
