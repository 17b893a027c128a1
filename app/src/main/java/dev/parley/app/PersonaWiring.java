package dev.parley.app;

import dev.parley.domain.port.PersonaCatalogue;
import dev.parley.memory.InMemoryPersonaCatalogue;
import dev.parley.plugins.host.PluginPersonaCatalogue;
import dev.parley.plugins.host.PluginSettings;
import java.util.List;
import java.util.Map;

/**
 * The personas on offer: the PF4J plugins of {@code PLUGINS_DIR}, or none when it is unset. Their
 * replies are bounded by the use cases' AI deadline ({@code AI_TIMEOUT_MS}).
 */
final class PersonaWiring {
  private PersonaWiring() {}

  /** Each plugin reads only its part of {@code environment} ({@link PluginSettings}). */
  static PersonaCatalogue catalogue(Configuration config, Map<String, String> environment) {
    return config
        .pluginsDir()
        .<PersonaCatalogue>map(
            dir -> PluginPersonaCatalogue.start(dir, PluginSettings.forBuiltIns(environment)))
        .orElseGet(() -> new InMemoryPersonaCatalogue(List.of()));
  }
}
