package dev.parley.domain.scenario;

import dev.parley.domain.terms.Terms;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the person may see about their own side: their role and situation, their own priorities and
 * limits, and their best alternative to a negotiated agreement. Never holds the persona's values.
 *
 * @param bestAlternative the alternative in words ("Another company offered 78,000 ...")
 * @param alternativeTerms the alternative's terms on the issues it names, so the brief can be
 *     checked to never set a floor below it
 * @param reasons why an issue matters to the person, in words, by issue key (may leave issues out)
 */
public record PersonBrief(
    String role,
    String situation,
    Preferences preferences,
    String bestAlternative,
    Terms alternativeTerms,
    Map<String, String> reasons) {

  public PersonBrief {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(situation, "situation");
    Objects.requireNonNull(preferences, "preferences");
    Objects.requireNonNull(bestAlternative, "bestAlternative");
    Objects.requireNonNull(alternativeTerms, "alternativeTerms");
    reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
  }

  /** A brief whose alternative is words only, with no reasons given. */
  public PersonBrief(
      String role, String situation, Preferences preferences, String bestAlternative) {
    this(role, situation, preferences, bestAlternative, Terms.NONE, Map.of());
  }

  /** How much {@code issueKey} matters to the person, in words. */
  public Importance importanceOf(String issueKey) {
    return Importance.ofShare(preferences.normalisedWeight(issueKey));
  }
}
