package dev.parley.app;

import dev.parley.domain.port.PersonaCatalogue;
import dev.parley.memory.InMemoryPersonaCatalogue;
import dev.parley.persona.api.PersonaSettings;
import dev.parley.plugins.host.PluginPersonaCatalogue;
import java.util.List;

/**
 * The personas on offer: the PF4J plugins of {@code PLUGINS_DIR}, or none when it is unset. Their
 * replies are bounded by the use cases' AI deadline ({@code AI_TIMEOUT_MS}).
 */
final class PersonaWiring {
  private PersonaWiring() {}

  static PersonaCatalogue catalogue(Configuration config) {
    return config
        .pluginsDir()
        .<PersonaCatalogue>map(
            dir -> PluginPersonaCatalogue.start(dir, PersonaSettings.fromEnvironment()))
        .orElseGet(() -> new InMemoryPersonaCatalogue(List.of()));
  }
}
