package dev.parley.selfplay;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The orderings the styles should show if the scoring and the personas behave, and the difference
 * the two rule-based personas should make to the same learners.
 */
final class Orderings {

  /** One check, passed or failed, with the numbers behind it. */
  record Check(String name, boolean pass, String detail) {
    String line() {
      return (pass ? "PASS " : "FAIL ") + name + ": " + detail;
    }
  }

  static final String HARDBALL = "hardball-recruiter";
  static final String COLLABORATIVE = "collaborative-manager";

  private Orderings() {}

  /** The style checks for each persona and for all personas together, then the persona check. */
  static List<Check> check(List<Session> sessions) {
    List<Check> checks = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    sessions.stream().map(Session::persona).distinct().forEach(groups::add);
    groups.add(Tally.ALL);
    for (String persona : groups) {
      List<Session> mine =
          persona.equals(Tally.ALL)
              ? sessions
              : sessions.stream().filter(s -> s.persona().equals(persona)).toList();
      List<Tally> styles = Tally.byStyle(mine);
      String against = persona.equals(Tally.ALL) ? "all personas" : persona;
      greater(styles, Style.LOGROLLS, Style.CONCEDES_FAST, "creating", Tally::creating, against)
          .ifPresent(checks::add);
      greater(styles, Style.ANCHORS_HIGH, Style.CONCEDES_FAST, "claiming", Tally::claiming, against)
          .ifPresent(checks::add);
      greater(
              styles,
              Style.ANCHORS_HIGH,
              Style.ACCEPTS_FIRST_OFFER,
              "claiming",
              Tally::claiming,
              against)
          .ifPresent(checks::add);
      hostileLowest(styles, against).ifPresent(checks::add);
    }
    personasDiffer(sessions).ifPresent(checks::add);
    return checks;
  }

  private static Optional<Check> greater(
      List<Tally> styles,
      Style higher,
      Style lower,
      String what,
      ToDoubleFunction<Tally> value,
      String against) {
    Optional<Tally> a = find(styles, higher);
    Optional<Tally> b = find(styles, lower);
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty();
    }
    double x = value.applyAsDouble(a.get());
    double y = value.applyAsDouble(b.get());
    return Optional.of(
        new Check(
            higher.label() + " " + what + " > " + lower.label() + " (" + against + ")",
            x > y,
            format("%.1f vs %.1f", x, y)));
  }

  private static Optional<Check> hostileLowest(List<Tally> styles, String against) {
    Optional<Tally> hostile = find(styles, Style.HOSTILE);
    if (hostile.isEmpty() || styles.size() < 2) {
      return Optional.empty();
    }
    Tally next =
        styles.stream()
            .filter(t -> !t.style().equals(Style.HOSTILE.label()))
            .min((p, q) -> Double.compare(p.relationship(), q.relationship()))
            .orElseThrow();
    return Optional.of(
        new Check(
            "hostile lowest relationship (" + against + ")",
            hostile.get().relationship() < next.relationship(),
            format(
                "%.1f vs next lowest %s %.1f",
                hostile.get().relationship(), next.style(), next.relationship())));
  }

  /**
   * Hardball and collaborative against the same learners (same seeds): the learner's mean utility
   * or the deal rate differs by more than three standard errors of the difference.
   */
  static Optional<Check> personasDiffer(List<Session> sessions) {
    List<Session> hard = sessions.stream().filter(s -> s.persona().equals(HARDBALL)).toList();
    List<Session> soft = sessions.stream().filter(s -> s.persona().equals(COLLABORATIVE)).toList();
    if (hard.isEmpty() || soft.isEmpty()) {
      return Optional.empty();
    }
    Tally h = Tally.of(Tally.ALL, HARDBALL, Tally.ALL, hard);
    Tally c = Tally.of(Tally.ALL, COLLABORATIVE, Tally.ALL, soft);
    double utilityGap = c.utility() - h.utility();
    double utilityError =
        Math.sqrt(
            h.utilitySd() * h.utilitySd() / h.sessions()
                + c.utilitySd() * c.utilitySd() / c.sessions());
    double dealGap = c.dealRate() - h.dealRate();
    double dealError =
        Math.sqrt(
            h.dealRate() * (1 - h.dealRate()) / h.sessions()
                + c.dealRate() * (1 - c.dealRate()) / c.sessions());
    boolean differ = Math.abs(utilityGap) > 3 * utilityError || Math.abs(dealGap) > 3 * dealError;
    return Optional.of(
        new Check(
            "hardball vs collaborative differ against the same learners",
            differ,
            format(
                "learner utility %.3f vs %.3f (difference %.3f, 3 SE %.3f); deal rate %.0f%% vs"
                    + " %.0f%% (difference %.0f points, 3 SE %.0f)",
                h.utility(),
                c.utility(),
                utilityGap,
                3 * utilityError,
                100 * h.dealRate(),
                100 * c.dealRate(),
                100 * dealGap,
                300 * dealError)));
  }

  private static Optional<Tally> find(List<Tally> styles, Style style) {
    return styles.stream().filter(t -> t.style().equals(style.label())).findFirst();
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
