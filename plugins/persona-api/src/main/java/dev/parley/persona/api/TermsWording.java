package dev.parley.persona.api;

import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.IssuePreference;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import dev.parley.domain.terms.TermsSpeech;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes terms the way a person would say them ("salary at 85,000", "start date in 2 weeks").
 *
 * <p>Discreet by construction: a value equal to the persona's own reservation value is never
 * written as a number (it becomes "the salary you named"), so a persona that uses this class cannot
 * reveal its limits by quoting terms.
 */
public final class TermsWording {

  private TermsWording() {}

  /** Every term of {@code terms} in scenario order, joined as a list ("a, b and c"). */
  public static String describe(Terms terms, Scenario scenario) {
    List<String> parts = new ArrayList<>();
    for (Issue issue : scenario.issues()) {
      terms.valueOf(issue.key()).ifPresent(value -> parts.add(term(issue, value, scenario)));
    }
    return joined(parts);
  }

  /** One term, e.g. "salary at 85,000", discreet about the persona's reservation value. */
  public static String term(Issue issue, double value, Scenario scenario) {
    String label = issue.label().toLowerCase(Locale.ROOT);
    Optional<IssuePreference> own = scenario.counterpart().preferences().find(issue.key());
    if (own.isPresent() && Math.abs(own.get().reservation() - value) < 1e-9) {
      return "the " + label + " you named";
    }
    return label + " " + amount(issue, value);
  }

  /** A value in its unit, with the preposition that reads naturally after the issue's label. */
  public static String amount(Issue issue, double value) {
    return TermsSpeech.amount(issue, value);
  }

  /** A number as people write it: grouped thousands, no trailing ".0". */
  public static String number(double value) {
    return TermsSpeech.number(value);
  }

  /** The issues' labels in lower case, as a list: "salary and start date". */
  public static String names(List<Issue> issues) {
    return joined(issues.stream().map(issue -> issue.label().toLowerCase(Locale.ROOT)).toList());
  }

  /** "a", "a and b", "a, b and c". */
  public static String joined(List<String> parts) {
    return TermsSpeech.joined(parts);
  }
}
