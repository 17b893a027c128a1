package dev.parley.selfplay;

import dev.parley.selfplay.Orderings.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Whether the debrief's annotations agree with what each scripted style did: the fast conceder is
 * told about its concessions, the learner who never asks is told to ask, the logroller is credited
 * for trading, the hostile learner is told about its tone.
 */
final class DebriefChecks {

  /** Most of a style's sessions must carry the remark its behaviour calls for. */
  static final double MOST = 0.8;

  private DebriefChecks() {}

  static List<Check> check(List<Session> sessions) {
    List<Check> checks = new ArrayList<>();
    // The fast conceder opens short of its targets and then gives ground each round; against a
    // persona that accepts early it makes small steps, so its lesson is the opening or the pace.
    checks.add(
        moreThan(
            sessions,
            Style.CONCEDES_FAST,
            Style.ANCHORS_HIGH,
            s ->
                s.remarked("opening_ambition", "to_improve")
                    || s.remarked("concessions", "to_improve"),
            "the fast conceder is told about its opening or its concessions"));
    checks.add(
        mostAndMoreThanOthers(
            sessions,
            Style.LOGROLLS,
            s -> s.remarked("logrolling", "strength"),
            "the logroller is credited for logrolling"));
    checks.add(
        mostAndMoreThanOthers(
            sessions,
            Style.HOSTILE,
            s -> s.remarked("tone", "to_improve"),
            "the hostile learner is told about its tone"));
    long disagree =
        sessions.stream().filter(s -> s.remarked("questions", "to_improve") == s.asked()).count();
    checks.add(
        new Check(
            "the questions remark goes to exactly the learners who never asked",
            disagree == 0,
            disagree + " of " + sessions.size() + " sessions disagree"));
    return checks;
  }

  private static Check mostAndMoreThanOthers(
      List<Session> sessions, Style style, Predicate<Session> remarked, String name) {
    double own = share(sessions, style, remarked);
    double others = 0;
    Style highest = null;
    for (Style other : Style.values()) {
      if (other == style) {
        continue;
      }
      double theirs = share(sessions, other, remarked);
      if (highest == null || theirs > others) {
        others = theirs;
        highest = other;
      }
    }
    return new Check(
        name,
        own >= MOST && own > others,
        String.format(
            Locale.ROOT,
            "%s %.0f %% of its sessions, next %s %.0f %%",
            style.label(),
            100 * own,
            highest.label(),
            100 * others));
  }

  private static Check moreThan(
      List<Session> sessions, Style style, Style other, Predicate<Session> remarked, String name) {
    double own = share(sessions, style, remarked);
    double theirs = share(sessions, other, remarked);
    return new Check(
        name,
        own >= MOST && own > theirs,
        String.format(
            Locale.ROOT,
            "%s %.0f %% of its sessions, %s %.0f %%",
            style.label(),
            100 * own,
            other.label(),
            100 * theirs));
  }

  private static double share(List<Session> sessions, Style style, Predicate<Session> remarked) {
    List<Session> mine = sessions.stream().filter(s -> s.style() == style).toList();
    return mine.isEmpty() ? 0 : (double) mine.stream().filter(remarked).count() / mine.size();
  }
}
