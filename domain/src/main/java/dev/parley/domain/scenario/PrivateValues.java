package dev.parley.domain.scenario;

import java.util.Objects;

/**
 * The counterpart's private values in a scenario: the role the persona plays and its preferences.
 * Only the persona and scoring see these; public views and AI reasoning never carry them.
 */
public record PrivateValues(String role, Preferences preferences) {
  public PrivateValues {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(preferences, "preferences");
  }

  @Override
  public String toString() {
    return "PrivateValues[role=" + role + ", preferences=<private>]";
  }
}
