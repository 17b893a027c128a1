package dev.parley.persona.api;

import dev.parley.domain.persona.Persona;
import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * The extension point a persona plugin implements: a factory for one {@link Persona}.
 *
 * <p>A plugin is a jar (or a PF4J zip with private libraries in {@code lib/}) whose manifest names
 * it ({@code Plugin-Id}, {@code Plugin-Version}, {@code Plugin-Provider}) and states the API
 * versions it was built for ({@code Plugin-Requires}, e.g. {@code >=1.0.0 & <2.0.0}). The host runs
 * with {@link #PERSONA_API_VERSION} as its system version and refuses a plugin whose requirement it
 * does not meet. Mark the implementing class with {@code @org.pf4j.Extension} and depend on this
 * API, the domain and PF4J with {@code provided} scope: a plugin that bundles them is silently
 * ignored.
 *
 * <p>The persona returned is shared by every negotiation that uses it, so it must be thread-safe
 * and keep no per-negotiation state: everything it may know arrives in each {@code PersonaTurn}.
 * The host calls it under a deadline on a virtual thread, checks each move with the domain's {@code
 * MoveValidation}, and turns a throw, a hang or an illegal move into a refusal, so a faulty persona
 * cannot harm a negotiation beyond failing its own turn.
 */
public interface PersonaExtension extends ExtensionPoint {

  /**
   * The version of this API, as {@code major.minor.patch}. A new major version may break plugins;
   * minor versions only add.
   */
  String PERSONA_API_VERSION = "1.0.0";

  /**
   * Creates the persona, or returns empty when it cannot be offered with these settings (for
   * example a language-model persona with no endpoint configured). Called once when the plugin is
   * loaded.
   */
  Optional<Persona> create(PersonaSettings settings);
}
