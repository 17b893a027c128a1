package dev.parley.selfplay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** What a group of sessions came to: counts, and means over every session of the group. */
record Tally(
    String style,
    String persona,
    String scenario,
    int sessions,
    int deals,
    double claiming,
    double creating,
    double relationship,
    double utility,
    double utilitySd,
    double rounds,
    int beyondReservation,
    int leaks,
    int personaSentences,
    int repeatedSentences,
    int learnerMessages,
    int misreads) {

  static final String ALL = "all";

  double dealRate() {
    return sessions == 0 ? 0 : (double) deals / sessions;
  }

  double repetition() {
    return personaSentences == 0 ? 0 : (double) repeatedSentences / personaSentences;
  }

  double misreadRate() {
    return learnerMessages == 0 ? 0 : (double) misreads / learnerMessages;
  }

  static Tally of(String style, String persona, String scenario, List<Session> sessions) {
    double utility = mean(sessions, Session::learnerUtility);
    double variance =
        sessions.size() < 2
            ? 0
            : sessions.stream().mapToDouble(s -> Math.pow(s.learnerUtility() - utility, 2)).sum()
                / (sessions.size() - 1);
    return new Tally(
        style,
        persona,
        scenario,
        sessions.size(),
        (int) sessions.stream().filter(Session::deal).count(),
        mean(sessions, Session::claiming),
        mean(sessions, Session::creating),
        mean(sessions, Session::relationship),
        utility,
        Math.sqrt(variance),
        mean(sessions, Session::rounds),
        (int) sessions.stream().filter(Session::beyondReservation).count(),
        sessions.stream().mapToInt(Session::leaks).sum(),
        sessions.stream().mapToInt(Session::personaSentences).sum(),
        sessions.stream().mapToInt(Session::repeatedSentences).sum(),
        sessions.stream().mapToInt(Session::learnerMessages).sum(),
        sessions.stream().mapToInt(Session::misreads).sum());
  }

  /** One tally per distinct key, in the order the keys first appear. */
  static List<Tally> by(List<Session> sessions, Function<Session, List<String>> key) {
    Map<List<String>, List<Session>> groups = new LinkedHashMap<>();
    for (Session session : sessions) {
      groups.computeIfAbsent(key.apply(session), k -> new ArrayList<>()).add(session);
    }
    List<Tally> tallies = new ArrayList<>();
    groups.forEach((k, group) -> tallies.add(of(k.get(0), k.get(1), k.get(2), group)));
    return tallies;
  }

  static List<Tally> byStylePersonaScenario(List<Session> sessions) {
    return by(sessions, s -> List.of(s.style().label(), s.persona(), s.scenario()));
  }

  static List<Tally> byStylePersona(List<Session> sessions) {
    return by(sessions, s -> List.of(s.style().label(), s.persona(), ALL));
  }

  static List<Tally> byStyle(List<Session> sessions) {
    return by(sessions, s -> List.of(s.style().label(), ALL, ALL));
  }

  static List<Tally> byPersona(List<Session> sessions) {
    return by(sessions, s -> List.of(ALL, s.persona(), ALL));
  }

  private static double mean(List<Session> sessions, ToDoubleFunction<Session> value) {
    return sessions.stream().mapToDouble(value).average().orElse(0);
  }
}
