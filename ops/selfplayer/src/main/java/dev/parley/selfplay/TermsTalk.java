package dev.parley.selfplay;

import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import dev.parley.domain.terms.TermsSpeech;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Terms as different people type them ("85k salary", "a salary of $85,000", "start in 4 weeks"),
 * built from an issue's label and unit only, so it works for any scenario's issues.
 */
final class TermsTalk {

  private final SplittableRandom random;

  TermsTalk(SplittableRandom random) {
    this.random = random;
  }

  /** Every term of {@code terms} in scenario order, as a list ("a, b and c"). */
  String say(Terms terms, Scenario scenario) {
    List<String> parts = new ArrayList<>();
    for (Issue issue : scenario.issues()) {
      terms.valueOf(issue.key()).ifPresent(value -> parts.add(term(issue, value)));
    }
    return TermsSpeech.joined(parts);
  }

  String term(Issue issue, double value) {
    String label = issue.label().toLowerCase(Locale.ROOT);
    String n = TermsSpeech.number(value);
    return switch (issue.unit()) {
      case MONEY -> money(label, value, n);
      case MONEY_PER_HOUR ->
          pick(
              n + " an hour", "a " + label + " of " + n, n + " per hour", "an hourly rate of " + n);
      case MONEY_PER_DAY -> pick(n + " a day", "a " + label + " of " + n, n + " per day");
      case DAYS_PER_WEEK -> {
        String days = n + (value == 1 ? " day" : " days");
        yield pick(n + " " + label, label + " at " + days + " a week", n + " " + label + " a week");
      }
      case DAYS_PER_YEAR ->
          pick(n + " days of " + label, n + " " + label + " days", label + " of " + n + " days");
      case DAYS_FROM_NOW -> when(label, value, n);
      case MONTHS ->
          pick(
              label + " of " + n + (value == 1 ? " month" : " months"),
              n + (value == 1 ? " month" : " months") + " of " + label,
              "a " + n + "-month " + label);
      case PERCENT -> pick(label + " of " + n + "%", "a " + n + "% " + label);
      case COUNT -> pick(n + " " + label, label + " at " + n);
    };
  }

  private String money(String label, double value, String n) {
    if (value == 0) {
      return pick("no " + label, label + " of 0");
    }
    String dollars = "$" + n;
    if (value >= 10_000 && value % 1_000 == 0) {
      String k = TermsSpeech.number(value / 1_000) + "k";
      return pick(
          k + " " + label, "a " + label + " of " + dollars, label + " at " + n, k + " on " + label);
    }
    return pick("a " + label + " of " + dollars, label + " at " + n, n + " " + label);
  }

  private String when(String label, double value, String n) {
    if (value == 0) {
      return label + " right away";
    }
    if (value % 7 == 0) {
      long weeks = (long) (value / 7);
      String span = weeks + (weeks == 1 ? " week" : " weeks");
      return pick(
          label + " in " + span, label + " " + span + " from now", label + " in " + n + " days");
    }
    return pick(label + " in " + n + " days", label + " " + n + " days from now");
  }

  @SafeVarargs
  private <T> T pick(T... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
