package dev.parley.domain.scenario;

import java.util.Objects;

/**
 * What the person may see about their own side: their role and situation, their own priorities and
 * limits, and their best alternative to a negotiated agreement. Never holds the persona's values.
 */
public record PersonBrief(
    String role, String situation, Preferences preferences, String bestAlternative) {
  public PersonBrief {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(situation, "situation");
    Objects.requireNonNull(preferences, "preferences");
    Objects.requireNonNull(bestAlternative, "bestAlternative");
  }
}
