package dev.parley.plugins.host;

import dev.parley.persona.api.PersonaSettings;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What each plugin may read of the server's environment: the variables named with its own prefix
 * ({@link PersonaSettings#prefixOf}, {@code PLUGIN_MIRROR_*} for plugin {@code mirror}) and the
 * names the operator grants it in {@value #GRANTS}, written {@code
 * mirror=MIRROR_KEY,SHARED_URL;other=OTHER_TOKEN}. The server's own secrets ({@link
 * #NEVER_GRANTED}) cannot be granted: a plugin that could read {@code JWT_SECRET} could sign in as
 * anyone.
 */
public final class PluginSettings {

  /** The operator's grants: which plugin may read which other variables. */
  public static final String GRANTS = "PLUGIN_GRANTS";

  /** The server's secrets, refused in {@value #GRANTS}. */
  public static final Set<String> NEVER_GRANTED =
      Set.of("JWT_SECRET", "DATABASE_URL", "REDIS_URL", GRANTS);

  /** The built-in language-model persona reads the server's documented {@code LLM_*} settings. */
  private static final Map<String, Set<String>> BUILT_IN_GRANTS =
      Map.of(
          "persona-llm", Set.of("LLM_BASE_URL", "LLM_API_KEY", "LLM_MODEL", "LLM_TIMEOUT_SECONDS"));

  private final Map<String, String> environment;
  private final Map<String, Set<String>> grants;

  private PluginSettings(Map<String, String> environment, Map<String, Set<String>> grants) {
    this.environment = Map.copyOf(environment);
    Map<String, Set<String>> copy = new TreeMap<>();
    grants.forEach((plugin, names) -> copy.put(plugin, Set.copyOf(names)));
    this.grants = Map.copyOf(copy);
  }

  /** Settings for plugins an operator dropped in: their own prefix and {@value #GRANTS}. */
  public static PluginSettings forDroppedIn(Map<String, String> environment) {
    return new PluginSettings(environment, grantsIn(environment));
  }

  /**
   * Settings for the built-in plugins: as {@link #forDroppedIn}, and the language-model persona
   * (plugin {@code persona-llm}) also reads {@code LLM_BASE_URL}, {@code LLM_API_KEY}, {@code
   * LLM_MODEL} and {@code LLM_TIMEOUT_SECONDS}.
   */
  public static PluginSettings forBuiltIns(Map<String, String> environment) {
    Map<String, Set<String>> grants = new LinkedHashMap<>(grantsIn(environment));
    BUILT_IN_GRANTS.forEach(
        (plugin, names) -> {
          Set<String> all = new LinkedHashSet<>(names);
          all.addAll(grants.getOrDefault(plugin, Set.of()));
          grants.put(plugin, all);
        });
    return new PluginSettings(environment, grants);
  }

  /** Settings with these grants, for tests and the persona host process. */
  public static PluginSettings of(
      Map<String, String> environment, Map<String, Set<String>> grants) {
    for (Set<String> names : grants.values()) {
      refuseSecrets(names);
    }
    return new PluginSettings(environment, grants);
  }

  /** What plugin {@code pluginId} may read. */
  public PersonaSettings forPlugin(String pluginId) {
    String prefix = PersonaSettings.prefixOf(pluginId);
    Set<String> granted = grants.getOrDefault(pluginId, Set.of());
    Map<String, String> visible = new TreeMap<>();
    environment.forEach(
        (name, value) -> {
          if (name.startsWith(prefix) || granted.contains(name)) {
            visible.put(name, value);
          }
        });
    return PersonaSettings.of(visible);
  }

  /**
   * The same settings holding only what some plugin may read: what a process hosting plugins is
   * given, never the rest of the server's environment.
   */
  public PluginSettings onlyWhatPluginsRead() {
    Set<String> granted = new LinkedHashSet<>();
    grants.values().forEach(granted::addAll);
    Map<String, String> visible = new TreeMap<>();
    environment.forEach(
        (name, value) -> {
          if (name.startsWith("PLUGIN_") && !NEVER_GRANTED.contains(name)
              || granted.contains(name)) {
            visible.put(name, value);
          }
        });
    return new PluginSettings(visible, grants);
  }

  public Map<String, String> environment() {
    return environment;
  }

  public Map<String, Set<String>> grants() {
    return grants;
  }

  /**
   * The grants of {@value #GRANTS}: {@code plugin=NAME,NAME;plugin=NAME}. A malformed value or a
   * grant of a server secret is refused with the reason.
   */
  public static Map<String, Set<String>> grantsIn(Map<String, String> environment) {
    String spec = environment.getOrDefault(GRANTS, "").strip();
    Map<String, Set<String>> grants = new LinkedHashMap<>();
    if (spec.isEmpty()) {
      return grants;
    }
    for (String entry : spec.split(";")) {
      if (entry.isBlank()) {
        continue;
      }
      int equals = entry.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException(
            GRANTS + ": expected plugin=NAME,NAME;... but found '" + entry.strip() + "'");
      }
      String plugin = entry.substring(0, equals).strip();
      Set<String> names = new LinkedHashSet<>();
      for (String name : List.of(entry.substring(equals + 1).split(","))) {
        if (!name.isBlank()) {
          names.add(name.strip());
        }
      }
      refuseSecrets(names);
      grants.computeIfAbsent(plugin, any -> new LinkedHashSet<>()).addAll(names);
    }
    return grants;
  }

  private static void refuseSecrets(Set<String> names) {
    for (String name : names) {
      if (NEVER_GRANTED.contains(name)) {
        throw new IllegalArgumentException(
            GRANTS + " grants " + name + ", which no plugin may read");
      }
    }
  }

  @Override
  public String toString() {
    return "PluginSettings" + environment.keySet() + " grants " + grants;
  }
}
