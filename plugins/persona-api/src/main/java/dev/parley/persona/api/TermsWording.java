package dev.parley.persona.api;

import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import dev.parley.domain.terms.TermsSpeech;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes terms the way a person would say them ("salary at 85,000", "start date in 2 weeks").
 *
 * <p>Every value is written the same way whatever it is: no wording depends on whether a value
 * equals one of the persona's private values (an earlier "the salary you named" for exactly the
 * reservation value told the learner where the limit was). Discretion lies elsewhere: a rule-based
 * persona's own offers stay one step inside its limits, and {@link LimitLeaks} stops a reply that
 * names a limit the learner did not say first.
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

  /** One term, e.g. "salary at 85,000": the label and the value, the same for every value. */
  public static String term(Issue issue, double value, Scenario scenario) {
    return issue.label().toLowerCase(Locale.ROOT) + " " + amount(issue, value);
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
