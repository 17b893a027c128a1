package dev.parley.persona.api;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.IssuePreference;
import dev.parley.domain.scenario.Preferences;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import dev.parley.domain.terms.Unit;
import dev.parley.persona.api.NumberScan.Mention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a persona's private limits in a text: its reservation values however people write numbers
 * (92000, 92,000, 92.000, 92 000, $92k, 92 thousand, ninety-two thousand, 9 2 0 0 0; "28 days",
 * "twenty-eight days", "9 weeks" for 63 days) and its weights (0.6, or 60% when the text talks
 * about how much something matters). Used to check what personas say, and by a language-model
 * persona to refuse a reply that gives its limits away.
 *
 * <p>One pass: the text is read once into the numbers it contains ({@link NumberScan}, no regular
 * expressions), and each number is compared with the limits. A number the learner said themselves
 * ({@link #find(String, PersonaTurn)}) reveals nothing and passes: a persona may repeat the
 * learner's own offer in the same words it uses for any other value.
 */
public final class LimitLeaks {

  private static final double EPSILON = 1e-9;

  private LimitLeaks() {}

  /** What private value {@code text} reveals (e.g. "reservation of Salary"), if any. */
  public static Optional<String> find(String text, Scenario scenario) {
    return find(text, scenario, Set.of());
  }

  /**
   * What private value {@code text} reveals on this turn, if any: numbers the learner said in the
   * transcript, or put on the table, pass.
   */
  public static Optional<String> find(String text, PersonaTurn turn) {
    Set<Double> said = learnersNumbers(turn.transcript());
    turn.personsProposal().ifPresent(proposal -> said.addAll(proposal.values().values()));
    return find(text, turn.scenario(), said);
  }

  /**
   * What private value {@code text} reveals, if any, after the learner's messages of {@code
   * transcript}.
   */
  public static Optional<String> find(String text, Scenario scenario, List<Message> transcript) {
    return find(text, scenario, learnersNumbers(transcript));
  }

  /**
   * Every number the learner wrote in {@code transcript} or proposed with it, in any form ("9
   * weeks" also counts as 63 days).
   */
  public static Set<Double> learnersNumbers(List<Message> transcript) {
    Set<Double> said = new HashSet<>();
    for (Message message : transcript) {
      if (message.sender() != Sender.USER) {
        continue;
      }
      for (Mention mention : NumberScan.read(message.content()).mentions()) {
        said.add(mention.value());
        if (mention.followedBy("week")) {
          said.add(mention.value() * 7);
        }
      }
      Terms proposal = message.proposal();
      said.addAll(proposal.values().values());
    }
    return said;
  }

  private static Optional<String> find(String text, Scenario scenario, Set<Double> said) {
    NumberScan.Reading reading = NumberScan.read(text);
    Preferences preferences = scenario.counterpart().preferences();
    List<Issue> issues = new ArrayList<>();
    for (Issue issue : scenario.issues()) {
      if (preferences.find(issue.key()).isPresent()) {
        issues.add(issue);
      }
    }
    for (Mention mention : reading.mentions()) {
      for (Issue issue : issues) {
        IssuePreference preference = preferences.find(issue.key()).orElseThrow();
        double reservation = preference.reservation();
        if (!contains(said, reservation) && revealsReservation(mention, issue, reservation)) {
          return Optional.of("reservation of " + issue.label());
        }
        if (contains(said, mention.value())) {
          continue;
        }
        double weight = preferences.normalisedWeight(issue.key());
        if (mention.decimal() && !mention.percent() && same(mention.value(), fraction(weight))) {
          return Optional.of("weight of " + issue.label());
        }
        if (mention.percent()
            && reading.talksAboutImportance()
            && same(mention.value(), Math.round(weight * 1000) / 10.0)
            && !isATermValue(scenario, mention.value())) {
          return Optional.of("weight of " + issue.label());
        }
      }
    }
    return Optional.empty();
  }

  /** True when {@code mention} is this issue's reservation value, written in the issue's unit. */
  private static boolean revealsReservation(Mention mention, Issue issue, double reservation) {
    double value = mention.value();
    if (isMoney(issue.unit()) || reservation != Math.rint(reservation)) {
      return same(value, reservation);
    }
    return switch (issue.unit()) {
      case DAYS_PER_WEEK, DAYS_PER_YEAR -> same(value, reservation) && mention.followedBy("day");
      case DAYS_FROM_NOW ->
          (same(value, reservation) && mention.followedBy("day"))
              || (reservation > 0
                  && reservation % 7 == 0
                  && same(value * 7, reservation)
                  && mention.followedBy("week"));
      case MONTHS -> same(value, reservation) && mention.followedBy("month");
      case PERCENT -> same(value, reservation) && mention.percent();
      default -> same(value, reservation) && mention.followedBy(labelWords(issue));
    };
  }

  private static String[] labelWords(Issue issue) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (char c : (issue.label() + " ").toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      } else if (!word.isEmpty()) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    return words.toArray(String[]::new);
  }

  /** A weight as a fraction the way people round it: 0.6, 0.35. */
  private static double fraction(double weight) {
    return Math.round(weight * 100) / 100.0;
  }

  /** True when {@code percent} is an allowed value of a percentage issue (then it is a term). */
  private static boolean isATermValue(Scenario scenario, double percent) {
    return scenario.issues().stream()
        .anyMatch(issue -> issue.unit() == Unit.PERCENT && issue.allows(percent));
  }

  private static boolean contains(Set<Double> said, double value) {
    for (double number : said) {
      if (same(number, value)) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(double a, double b) {
    return Math.abs(a - b) < EPSILON;
  }

  private static boolean isMoney(Unit unit) {
    return unit == Unit.MONEY || unit == Unit.MONEY_PER_HOUR || unit == Unit.MONEY_PER_DAY;
  }

  /** For diagnostics: the numbers {@code text} contains, in reading order. */
  public static List<Double> numbersIn(String text) {
    return NumberScan.read(text).mentions().stream().map(Mention::value).toList();
  }
}
