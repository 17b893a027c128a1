package dev.parley.persona.api;

import java.util.Map;
import java.util.Optional;

/**
 * The part of the server's configuration one plugin may read: environment-style names to values.
 * The server gives each plugin only the variables named with the plugin's own prefix ({@link
 * #prefixOf}: plugin {@code mirror} reads {@code PLUGIN_MIRROR_*}) and the names its operator
 * grants that plugin in {@code PLUGIN_GRANTS}; never the server's own secrets. {@link #toString()}
 * never prints values, since they may be secrets.
 */
public record PersonaSettings(Map<String, String> values) {

  public PersonaSettings {
    values = Map.copyOf(values);
  }

  public static PersonaSettings of(Map<String, String> values) {
    return new PersonaSettings(values);
  }

  /**
   * The prefix of the variables a plugin reads as its own: {@code PLUGIN_}, its plugin id in upper
   * case with every character other than a letter or digit as {@code _}, and {@code _} ({@code
   * persona-mirror} reads {@code PLUGIN_PERSONA_MIRROR_*}).
   */
  public static String prefixOf(String pluginId) {
    StringBuilder prefix = new StringBuilder("PLUGIN_");
    for (char c : pluginId.toCharArray()) {
      prefix.append(
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
              ? Character.toUpperCase(c)
              : '_');
    }
    return prefix.append('_').toString();
  }

  /** The value of {@code name}, if set and not blank. */
  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name))
        .map(String::strip)
        .filter(value -> !value.isEmpty());
  }

  @Override
  public String toString() {
    return "PersonaSettings" + values.keySet();
  }
}
