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
 * The server calls it under a deadline on a virtual thread, checks each move with the domain's
 * {@code MoveValidation}, and turns a throw, a hang, an illegal move or an over-long reply into a
 * refusal. A dropped-in plugin runs in the persona host process, away from the server, so even
 * {@code System.exit} or an exhausted heap fails only its own turns.
 */
public interface PersonaExtension extends ExtensionPoint {

  /**
   * The version of this API, as {@code major.minor.patch}, under semantic versioning: within a
   * major version this package and the domain types a persona receives and returns change only
   * compatibly (a minor version adds, a patch fixes); a new major version may break plugins, and
   * the server refuses a plugin whose {@code Plugin-Requires} it does not meet.
   */
  String PERSONA_API_VERSION = "1.0.0";

  /**
   * Creates the persona, or returns empty when it cannot be offered with these settings (for
   * example a language-model persona with no endpoint configured). Called once each time the plugin
   * is loaded: at the server's start, when its file is dropped in, and when the file is replaced;
   * never per negotiation. {@code settings} holds only what this plugin may read: its own {@code
   * PLUGIN_<ID>_*} variables ({@link PersonaSettings#prefixOf}) and what the operator grants it.
   */
  Optional<Persona> create(PersonaSettings settings);
}
