package dev.parley.domain.terms;

import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Terms as a person says them ("salary at 85,000", "start date in 2 weeks"), every value written
 * the same way whatever it is, so the wording can never tell a private limit.
 */
public final class TermsSpeech {

  private TermsSpeech() {}

  /** Every term of {@code terms} in scenario order, joined as a list ("a, b and c"). */
  public static String describe(Terms terms, Scenario scenario) {
    List<String> parts = new ArrayList<>();
    for (Issue issue : scenario.issues()) {
      terms
          .valueOf(issue.key())
          .ifPresent(
              value ->
                  parts.add(issue.label().toLowerCase(Locale.ROOT) + " " + amount(issue, value)));
    }
    return joined(parts);
  }

  /** A value in its unit, with the preposition that reads naturally after the issue's label. */
  public static String amount(Issue issue, double value) {
    return switch (issue.unit()) {
      case MONEY -> "at " + number(value);
      case MONEY_PER_HOUR -> "at " + number(value) + " an hour";
      case MONEY_PER_DAY -> "at " + number(value) + " a day";
      case DAYS_PER_WEEK -> "at " + number(value) + (value == 1 ? " day" : " days") + " a week";
      case DAYS_PER_YEAR -> "at " + number(value) + " days a year";
      case DAYS_FROM_NOW -> inDays(value);
      case MONTHS -> "at " + number(value) + (value == 1 ? " month" : " months");
      case PERCENT -> "at " + number(value) + "%";
      case COUNT -> "at " + number(value);
    };
  }

  /** A number as people write it: grouped thousands, no trailing ".0". */
  public static String number(double value) {
    if (value == Math.rint(value)) {
      return String.format(Locale.US, "%,d", (long) value);
    }
    return String.format(Locale.US, "%,.2f", value);
  }

  /** "a", "a and b", "a, b and c". */
  public static String joined(List<String> parts) {
    if (parts.isEmpty()) {
      return "";
    }
    if (parts.size() == 1) {
      return parts.getFirst();
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
  }

  private static String inDays(double days) {
    if (days == 0) {
      return "right away";
    }
    if (days % 7 == 0) {
      long weeks = (long) (days / 7);
      return "in " + weeks + (weeks == 1 ? " week" : " weeks");
    }
    return "in " + number(days) + " days";
  }
}
