package dev.parley.app;

import dev.parley.domain.port.PersonaCatalogue;
import dev.parley.memory.InMemoryPersonaCatalogue;
import dev.parley.persona.api.PersonaSettings;
import dev.parley.plugins.host.PluginPersonaCatalogue;
import java.time.Duration;
import java.util.List;

/** The personas on offer: the PF4J plugins of {@code PLUGINS_DIR}, or none when it is unset. */
final class PersonaWiring {
  /**
   * The plugin host's own deadline sits just behind the use cases' AI deadline, so a slow persona
   * is reported as AI_TIMEOUT by the use case rather than as a failure of the plugin call.
   */
  static final Duration HOST_DEADLINE_MARGIN = Duration.ofSeconds(1);

  private PersonaWiring() {}

  static PersonaCatalogue catalogue(Configuration config) {
    return config
        .pluginsDir()
        .<PersonaCatalogue>map(
            dir ->
                PluginPersonaCatalogue.start(
                    dir,
                    PersonaSettings.fromEnvironment(),
                    config.aiTimeout().plus(HOST_DEADLINE_MARGIN)))
        .orElseGet(() -> new InMemoryPersonaCatalogue(List.of()));
  }
}
