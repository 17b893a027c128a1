package dev.parley.app;

import dev.parley.plugins.host.BuiltInsAndDroppedIn;
import dev.parley.plugins.host.IsolatedPersonaCatalogue;
import dev.parley.plugins.host.PluginPersonaCatalogue;
import dev.parley.plugins.host.PluginSettings;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The personas on offer: the built-in plugins ({@code BUILTIN_PLUGINS_DIR}, by default {@code
 * plugins/} beside the app's jar), run in the server, and the plugins an operator drops into {@code
 * PLUGINS_DIR}, run in the persona host process (ADR 7). Each plugin reads only its part of the
 * environment ({@link PluginSettings}); a dropped-in turn lasts at most {@code AI_TIMEOUT_MS}.
 */
final class PersonaWiring {
  private PersonaWiring() {}

  static BuiltInsAndDroppedIn catalogue(Configuration config, Map<String, String> environment) {
    PluginPersonaCatalogue builtIns =
        PluginPersonaCatalogue.start(
            config.builtInPluginsDir().orElseGet(PersonaWiring::besideTheApp),
            PluginSettings.forBuiltIns(environment));
    IsolatedPersonaCatalogue droppedIn =
        IsolatedPersonaCatalogue.start(
            config.pluginsDir(),
            PluginSettings.forDroppedIn(environment),
            BuiltInsAndDroppedIn.RESERVED_IDS,
            config.aiTimeout());
    return new BuiltInsAndDroppedIn(builtIns, droppedIn);
  }

  /** {@code plugins/} beside the app's jar (or beside {@code target/classes} in a build). */
  static Path besideTheApp() {
    try {
      Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // app/target/parley-app.jar and app/target/classes both sit in app/target
      return code.getParent().resolve("plugins");
    } catch (URISyntaxException | SecurityException e) {
      return Path.of("plugins");
    }
  }
}
