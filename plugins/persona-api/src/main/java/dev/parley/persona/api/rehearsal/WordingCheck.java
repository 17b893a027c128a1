package dev.parley.persona.api.rehearsal;

import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.IssuePreference;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import dev.parley.persona.api.Phrases;
import dev.parley.persona.api.rehearsal.Rehearsal.Outcome;
import dev.parley.persona.api.rehearsal.Rehearsal.Said;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks of a persona's wording that every persona should pass, for its tests: its words tell
 * nothing about its limits, it never says a sentence twice in a session, it never tells the person
 * what matters to them unprompted, and it signals its final offer before the last round. Each check
 * returns what went wrong, one line each; empty when nothing did.
 */
public final class WordingCheck {

  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*\\d|\\d");
  private static final Pattern DURATION = Pattern.compile("in # (weeks?|days?)|right away");
  private static final Pattern DAYS = Pattern.compile("# (day|days)\\b");
  private static final Pattern MONTHS = Pattern.compile("# (month|months)\\b");
  private static final List<Pattern> ATTRIBUTIONS =
      List.of(
          Pattern.compile(
              ".*\\b(important|matters?|means a lot|priority|care about|crucial|key)\\b.*\\b(to|for)"
                  + " you\\b.*"),
          Pattern.compile(".*\\byou (really )?(care|value|need|want)\\b.*\\bmost\\b.*"),
          Pattern.compile(".*\\byour (top )?priority\\b.*"));

  private WordingCheck() {}

  /** {@code scenario} with another round limit, its fact sheet and all else kept. */
  public static Scenario withRounds(Scenario scenario, int rounds) {
    return new Scenario(
        scenario.id(),
        scenario.title(),
        scenario.description(),
        scenario.issues(),
        scenario.personBrief(),
        scenario.counterpart(),
        scenario.factSheet(),
        scenario.timeLimit(),
        rounds);
  }

  /**
   * The replies to a person who offers the persona's reservation value on an issue are worded as
   * the replies to one who offers a step away from it, numbers aside: wording that changed exactly
   * at the limit ("the salary you named") would give the limit away.
   */
  public static List<String> tellsNoLimits(Persona persona, List<Scenario> scenarios) {
    List<String> problems = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      for (Issue issue : scenario.issues()) {
        IssuePreference own = scenario.counterpart().preferences().of(issue.key());
        double reservation = own.reservation();
        // A step beyond the limit where the range allows it, else a step inside.
        double up = reservation + issue.step();
        double down = reservation - issue.step();
        double beyond = own.direction().atLeastAsGood(up, reservation) ? down : up;
        double away = issue.allows(beyond) ? beyond : (beyond == up ? down : up);
        List<String> atLimit = templates(persona, scenario, issue, reservation);
        List<String> stepAway = templates(persona, scenario, issue, away);
        if (String.join(" ", atLimit).contains("you named")) {
          problems.add(scenario.id() + " " + issue.key() + ": 'you named' at the limit");
        }
        if (!atLimit.equals(stepAway)) {
          problems.add(
              scenario.id() + " " + issue.key() + ": " + atLimit + " but a step away " + stepAway);
        }
      }
    }
    return problems;
  }

  /** No sentence said twice in a session of {@code rounds} rounds against a varied person. */
  public static List<String> repeats(
      Persona persona, List<Scenario> scenarios, int rounds, int seeds) {
    List<String> problems = new ArrayList<>();
    for (Scenario base : scenarios) {
      Scenario scenario = withRounds(base, rounds);
      for (long seed = 0; seed < seeds; seed++) {
        Outcome outcome =
            Rehearsal.play(persona, scenario, Counterparts.varied(), new UUID(20, seed));
        if (outcome.replies().size() != rounds) {
          problems.add(base.id() + " seed " + seed + ": " + outcome.replies().size() + " replies");
        }
        Map<String, String> seen = new HashMap<>();
        for (PersonaReply reply : outcome.replies()) {
          for (String sentence : Phrases.sentences(reply.text())) {
            if (seen.put(sentence.toLowerCase(Locale.ROOT), reply.text()) != null) {
              problems.add(base.id() + " seed " + seed + ": \"" + sentence + "\" again");
            }
          }
        }
      }
    }
    return problems;
  }

  /**
   * No "final offer" while two or more rounds remain; the rounds left named when three or fewer
   * remain; the final offer made the round before the last and held on the last; and at least one
   * final offer seen over the sessions.
   */
  public static List<String> finalOfferProblems(Persona persona, List<Scenario> scenarios) {
    List<String> problems = new ArrayList<>();
    int finals = 0;
    for (Scenario scenario : scenarios) {
      for (long seed = 0; seed < 4; seed++) {
        List<PersonaReply> replies =
            Rehearsal.play(persona, scenario, Counterparts.varied(), new UUID(22, seed)).replies();
        int limit = scenario.roundLimit();
        for (int round = 0; round < replies.size(); round++) {
          PersonaReply reply = replies.get(round);
          String text = reply.text().toLowerCase(Locale.ROOT);
          int left = limit - 1 - round;
          boolean ends =
              reply.move() instanceof Move.Accept || reply.move() instanceof Move.WalkAway;
          if (left >= 2 && text.contains("final offer")) {
            problems.add(scenario.id() + ": final offer with " + left + " rounds left: " + text);
          }
          if (left >= 1 && left <= 3 && !ends && !text.contains("round")) {
            problems.add(scenario.id() + ": rounds left not named: " + text);
          }
          if (left == 1 && reply.move() instanceof Move.CounterOffer finalOffer) {
            finals++;
            if (!text.contains("final offer")) {
              problems.add(scenario.id() + ": last offer not called final: " + text);
            }
            if (round + 1 < replies.size()
                && replies.get(round + 1).move() instanceof Move.CounterOffer last
                && !last.terms().equals(finalOffer.terms())) {
              problems.add(scenario.id() + ": moved after its final offer: " + last.terms());
            }
          }
        }
      }
    }
    if (finals == 0) {
      problems.add("no final offer in any session");
    }
    return problems;
  }

  /** True when {@code sentence} tells the listener what matters to them. */
  public static boolean attributesImportance(String sentence) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    return ATTRIBUTIONS.stream().anyMatch(pattern -> pattern.matcher(lower).matches());
  }

  /**
   * The replies, numbers masked, to a person who asks, then offers their best on every issue but
   * {@code issue}, which is at {@code value}.
   */
  private static List<String> templates(
      Persona persona, Scenario scenario, Issue issue, double value) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (Issue each : scenario.issues()) {
      values.put(each.key(), scenario.personBrief().preferences().of(each.key()).best(each));
    }
    values.put(issue.key(), value);
    Terms offer = Terms.of(values);
    Rehearsal.Counterpart person =
        table ->
            switch (table.round()) {
              case 0 -> new Said("What can you offer?", new Move.Ask());
              case 1, 3 -> new Said("I propose this package.", new Move.CounterOffer(offer));
              default -> new Said("Why?", new Move.Ask());
            };
    List<String> out = new ArrayList<>();
    for (PersonaReply reply :
        Rehearsal.play(persona, withRounds(scenario, 5), person, new UUID(23, 1)).replies()) {
      if (reply.move() instanceof Move.Accept) {
        out.add("(accepted)");
      }
      out.add(masked(reply.text()));
    }
    return out;
  }

  /** A text with every number as "#" and units in one form, so only the wording remains. */
  private static String masked(String text) {
    String masked = NUMBER.matcher(text).replaceAll("#");
    masked = DURATION.matcher(masked).replaceAll("in # days");
    masked = DAYS.matcher(masked).replaceAll("# days");
    return MONTHS.matcher(masked).replaceAll("# months");
  }
}
