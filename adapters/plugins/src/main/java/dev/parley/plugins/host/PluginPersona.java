package dev.parley.plugins.host;

import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaDescriptor;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Rejection;
import dev.parley.persona.api.LimitLeaks;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A persona from a plugin as the host hands it out. The deadline, the mapping of a throw or a hang
 * to {@code AI_UNAVAILABLE} / {@code AI_TIMEOUT} and the check of the move by {@code
 * MoveValidation} belong to the domain's {@code ProducingTheAiTurn}, which every AI turn goes
 * through; this wrapper adds what only the host can do: it runs the persona with its plugin's class
 * loader as the thread's context loader (libraries inside the plugin find their own resources),
 * keeps the descriptor read once at load, and refuses a reply that names the persona's private
 * limits, unless the learner said that number first (it throws {@link PersonaCallRefused}, which
 * the use case reports as unavailable).
 */
public final class PluginPersona implements Persona {

  private static final Logger LOG = Logger.getLogger(PluginPersona.class.getName());

  private final Persona persona;
  private final PersonaDescriptor descriptor;
  private final String pluginId;
  private final ClassLoader pluginLoader;
  private final long load;

  PluginPersona(
      Persona persona,
      PersonaDescriptor descriptor,
      String pluginId,
      ClassLoader pluginLoader,
      long load) {
    this.persona = Objects.requireNonNull(persona, "persona");
    this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
    this.pluginId = Objects.requireNonNull(pluginId, "pluginId");
    this.pluginLoader = Objects.requireNonNull(pluginLoader, "pluginLoader");
    this.load = load;
  }

  /** Which load of its plugin created this persona: a new number after each upgrade. */
  public long load() {
    return load;
  }

  @Override
  public PersonaDescriptor descriptor() {
    return descriptor;
  }

  /** The plugin this persona came from. */
  public String pluginId() {
    return pluginId;
  }

  @Override
  public PersonaReply reply(PersonaTurn turn) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(pluginLoader);
    PersonaReply reply;
    try {
      reply = persona.reply(turn);
    } finally {
      thread.setContextClassLoader(previous);
    }
    if (reply == null) {
      return null;
    }
    Optional<String> leak =
        LimitLeaks.find(reply.text(), turn).or(() -> LimitLeaks.find(reply.reasoning(), turn));
    if (leak.isPresent()) {
      LOG.warning(
          () -> "Persona " + descriptor.id() + " reply withheld: it names its " + leak.get());
      throw new PersonaCallRefused(
          Rejection.of(
              ErrorCode.AI_UNAVAILABLE, "The AI negotiator's reply was withheld; try again"));
    }
    return reply;
  }
}
