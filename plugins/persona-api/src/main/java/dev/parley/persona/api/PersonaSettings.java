package dev.parley.persona.api;

import java.util.Map;
import java.util.Optional;

/**
 * The host's configuration as a persona may read it: environment-style names ({@code LLM_BASE_URL}
 * ...) to values. {@link #toString()} never prints values, since they may be secrets.
 */
public record PersonaSettings(Map<String, String> values) {

  public PersonaSettings {
    values = Map.copyOf(values);
  }

  public static PersonaSettings of(Map<String, String> values) {
    return new PersonaSettings(values);
  }

  /** The process environment. */
  public static PersonaSettings fromEnvironment() {
    return new PersonaSettings(System.getenv());
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
