package dev.parley.persona.api;

import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.IssuePreference;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Unit;
import dev.parley.reader.SpelledNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds a persona's private limits in a text: its reservation values in the ways people write
 * numbers (85000, 85,000, 85 000, 85k, 85 thousand, "3 days", "three days") and its weights (0.6,
 * 60%). Used to check what personas say, and by a language-model persona to refuse a reply that
 * gives its limits away.
 */
public final class LimitLeaks {

  private LimitLeaks() {}

  /** What private value {@code text} reveals (e.g. "reservation of Salary"), if any. */
  public static Optional<String> find(String text, Scenario scenario) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (Issue issue : scenario.issues()) {
      Optional<IssuePreference> preference = scenario.counterpart().preferences().find(issue.key());
      if (preference.isEmpty()) {
        continue;
      }
      for (Pattern pattern : reservationPatterns(issue, preference.get().reservation())) {
        if (pattern.matcher(lower).find()) {
          return Optional.of("reservation of " + issue.label());
        }
      }
      double weight = scenario.counterpart().preferences().normalisedWeight(issue.key());
      boolean percentagesCount =
          talksAboutImportance(lower) && !isATermValue(scenario, Math.round(weight * 100));
      for (Pattern pattern : weightPatterns(weight, percentagesCount)) {
        if (pattern.matcher(lower).find()) {
          return Optional.of("weight of " + issue.label());
        }
      }
    }
    return Optional.empty();
  }

  private record LimitKey(Issue issue, double value) {}

  // Scenarios come from a fixed catalogue, so this stays small; compiling on every reply cost a
  // fifth of the CPU of a chat turn in the load test.
  private static final Map<LimitKey, List<Pattern>> RESERVATION_PATTERNS =
      new ConcurrentHashMap<>();

  private static List<Pattern> reservationPatterns(Issue issue, double value) {
    return RESERVATION_PATTERNS.computeIfAbsent(
        new LimitKey(issue, value), key -> List.copyOf(patternsFor(key.issue(), key.value())));
  }

  /** The ways a reservation value of {@code issue} may be written, as patterns on lower case. */
  public static List<Pattern> patternsFor(Issue issue, double value) {
    List<Pattern> patterns = new ArrayList<>();
    if (value != Math.rint(value)) {
      patterns.add(standalone(Pattern.quote(TermsWording.number(value))));
      return patterns;
    }
    long whole = (long) value;
    if (isMoney(issue.unit()) && whole >= 1000) {
      String plain = Long.toString(whole);
      patterns.add(standalone(plain));
      patterns.add(standalone(grouped(whole, ",")));
      patterns.add(standalone(grouped(whole, "\\.")));
      patterns.add(standalone(grouped(whole, "[ \\u00a0\\u202f]")));
      if (whole % 1000 == 0) {
        long thousands = whole / 1000;
        patterns.add(Pattern.compile("(?<![\\d.,])" + thousands + "\\s*(?:k\\b|thousand)"));
      } else if (whole % 100 == 0) {
        String decimal = (whole / 1000) + "\\." + (whole % 1000) / 100;
        patterns.add(Pattern.compile("(?<![\\d.,])" + decimal + "\\s*(?:k\\b|thousand)"));
      }
    } else if (isMoney(issue.unit())) {
      patterns.add(standalone(Long.toString(whole)));
    } else {
      String unitWords = unitWords(issue);
      patterns.add(Pattern.compile("(?<![\\d.,])" + whole + unitWords));
      SpelledNumbers.wordFor(whole)
          .ifPresent(word -> patterns.add(Pattern.compile("\\b" + word + unitWords)));
      if (issue.unit() == Unit.DAYS_FROM_NOW && whole > 0 && whole % 7 == 0) {
        patterns.add(Pattern.compile("(?<![\\d.,])" + whole / 7 + "\\s*weeks?\\b"));
      }
    }
    return patterns;
  }

  /** The words that follow a number of this issue's unit ("3 days", "40%", "4 free services"). */
  private static String unitWords(Issue issue) {
    return switch (issue.unit()) {
      case DAYS_PER_WEEK, DAYS_PER_YEAR, DAYS_FROM_NOW -> "\\s*(?:[a-z]+ )?days?\\b";
      case MONTHS -> "\\s*(?:[a-z]+ )?months?\\b";
      case PERCENT -> "\\s*(?:%|percent\\b)";
      default -> {
        String words = String.join("|", issue.label().toLowerCase(Locale.ROOT).split("\\W+"));
        yield "\\s*(?:[a-z]+ )?(?:" + words + ")";
      }
    };
  }

  /** True when {@code percent} is an allowed value of a percentage issue (then it is a term). */
  private static boolean isATermValue(Scenario scenario, long percent) {
    return scenario.issues().stream()
        .anyMatch(issue -> issue.unit() == Unit.PERCENT && issue.allows(percent));
  }

  /** A percentage is only a weight when the text talks about how much something matters. */
  private static boolean talksAboutImportance(String lower) {
    return lower.contains("weight")
        || lower.contains("matter")
        || lower.contains("care")
        || lower.contains("important")
        || lower.contains("priorit");
  }

  private static List<Pattern> weightPatterns(double weight, boolean percentagesCount) {
    double percent = Math.round(weight * 1000) / 10.0;
    String percentText =
        percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent);
    String fraction = String.format(Locale.ROOT, "%.2f", weight).replaceAll("0$", "");
    Pattern asFraction = Pattern.compile("(?<![\\d.,])" + Pattern.quote(fraction) + "(?!\\d)");
    if (!percentagesCount) {
      return List.of(asFraction);
    }
    return List.of(
        asFraction,
        Pattern.compile("(?<![\\d.,])" + Pattern.quote(percentText) + "\\s*(?:%|percent)"));
  }

  private static Pattern standalone(String numberPattern) {
    return Pattern.compile("(?<![\\d.,])" + numberPattern + "(?![\\d]|[.,]\\d)");
  }

  private static String grouped(long value, String separator) {
    String digits = Long.toString(value);
    StringBuilder out = new StringBuilder();
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      out.append(separator).append(digits, i, i + 3);
    }
    return out.toString();
  }

  private static boolean isMoney(Unit unit) {
    return unit == Unit.MONEY || unit == Unit.MONEY_PER_HOUR || unit == Unit.MONEY_PER_DAY;
  }

  /** For tests and diagnostics: every pattern that would reveal a limit of the scenario. */
  public static Map<String, List<Pattern>> allPatterns(Scenario scenario) {
    Map<String, List<Pattern>> all = new java.util.LinkedHashMap<>();
    for (Issue issue : scenario.issues()) {
      scenario
          .counterpart()
          .preferences()
          .find(issue.key())
          .ifPresent(p -> all.put(issue.key(), patternsFor(issue, p.reservation())));
    }
    return all;
  }
}
