package dev.parley.persona.api.rules;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Phase;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.IssueKind;
import dev.parley.domain.scenario.IssuePreference;
import dev.parley.domain.scenario.Preferences;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.terms.Terms;
import dev.parley.persona.api.TurnCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A negotiator that decides a persona's move by rules: it opens beyond its targets, concedes over
 * the session along its {@link ConcessionCurve} towards a floor just inside its reservation values
 * (so its own offers never name a limit), takes any value the person offered that is at least as
 * good for it, accepts a complete proposal within its limits that is close enough to its own next
 * offer, and may walk away late when the sides are far apart. Stateless and thread-safe: all it
 * knows comes from the turn.
 */
public final class RuleBasedNegotiator {

  private static final double LATE = 0.85;
  private static final double HOPELESS_GAP = 0.15;

  private final Tactics tactics;

  public RuleBasedNegotiator(Tactics tactics) {
    this.tactics = tactics;
  }

  public Decision decide(PersonaTurn turn) {
    double progress = turn.progress(turn.scenario().timeLimit());
    Optional<Terms> previous = lastOwnOffer(turn);
    return switch (turn.latestMove()) {
      case Move.Accept accept ->
          decision(Decision.Kind.CLOSE_DEAL, new Move.Talk(), turn.onTable(), turn, progress);
      case Move.WalkAway walkAway ->
          decision(Decision.Kind.FAREWELL, new Move.Talk(), turn.onTable(), turn, progress);
      case Move.CounterOffer offer -> answerProposal(turn, offer, previous, progress);
      case Move.Reject reject ->
          counter(
              Decision.Kind.RECOUNTER,
              turn,
              previous,
              Math.min(1, progress + 1.0 / Math.max(1, turn.roundLimit())));
      case Move.Ask ask -> answerOrOpen(turn, previous, progress);
      case Move.Talk talk -> answerOrOpen(turn, previous, progress);
    };
  }

  /** The package this negotiator would offer at {@code progress}, before the person's terms. */
  public Terms offerAt(PersonaTurn turn, double progress) {
    List<Issue> issues = turn.scenario().issues();
    Preferences own = turn.privatePreferences();
    double share = tactics.curve().concededShare(progress);
    Map<String, Double> values = new LinkedHashMap<>();
    issues.forEach(issue -> values.put(issue.key(), opening(issue, own.of(issue.key()))));
    switch (tactics.allocation()) {
      case UNIFORM -> {
        for (Issue issue : issues) {
          if (issue.kind() != IssueKind.COMPATIBLE) {
            values.put(issue.key(), between(issue, own.of(issue.key()), share));
          }
        }
      }
      case LOGROLLING -> concedeCheapestFirst(issues, own, share, values);
    }
    return Terms.of(values);
  }

  private Decision answerProposal(
      PersonaTurn turn, Move.CounterOffer offer, Optional<Terms> previous, double progress) {
    Terms proposal = turn.personsProposal().orElse(offer.terms());
    Terms next = withPersonsGains(turn, offerAt(turn, progress), proposal);
    if (acceptable(turn, proposal, next, progress)
        && TurnCheck.check(new Move.Accept(), turn).isOk()) {
      return decision(Decision.Kind.ACCEPT, new Move.Accept(), proposal, turn, progress);
    }
    if (tactics.walksAwayWhenHopeless() && progress >= LATE && hopeless(turn, proposal)) {
      return decision(Decision.Kind.WALK_AWAY, new Move.WalkAway(), proposal, turn, progress);
    }
    Decision.Kind kind = previous.isEmpty() ? Decision.Kind.OPEN : Decision.Kind.COUNTER;
    return offering(kind, turn, previous, next, progress);
  }

  private Decision answerOrOpen(PersonaTurn turn, Optional<Terms> previous, double progress) {
    if (previous.isEmpty()) {
      return counter(Decision.Kind.OPEN, turn, previous, progress);
    }
    return decision(Decision.Kind.ANSWER, new Move.Talk(), previous.get(), turn, progress);
  }

  private Decision counter(
      Decision.Kind kind, PersonaTurn turn, Optional<Terms> previous, double progress) {
    Terms proposal = turn.personsProposal().orElse(Terms.NONE);
    return offering(
        kind, turn, previous, withPersonsGains(turn, offerAt(turn, progress), proposal), progress);
  }

  private Decision offering(
      Decision.Kind kind,
      PersonaTurn turn,
      Optional<Terms> previous,
      Terms offer,
      double progress) {
    List<Issue> moved = new ArrayList<>();
    List<Issue> held = new ArrayList<>();
    if (previous.isPresent()) {
      for (Issue issue : turn.scenario().issues()) {
        Optional<Double> before = previous.get().valueOf(issue.key());
        Optional<Double> now = offer.valueOf(issue.key());
        if (before.isPresent() && now.isPresent() && Math.abs(before.get() - now.get()) > 1e-9) {
          moved.add(issue);
        } else {
          held.add(issue);
        }
      }
    }
    return new Decision(
        kind,
        new Move.CounterOffer(offer),
        offer,
        moved,
        held,
        phaseFor(kind, turn, progress),
        confidence(kind, progress));
  }

  private Decision decision(
      Decision.Kind kind, Move move, Terms terms, PersonaTurn turn, double progress) {
    return new Decision(
        kind,
        move,
        terms,
        List.of(),
        List.of(),
        phaseFor(kind, turn, progress),
        confidence(kind, progress));
  }

  private boolean acceptable(PersonaTurn turn, Terms proposal, Terms next, double progress) {
    List<Issue> issues = turn.scenario().issues();
    Preferences own = turn.privatePreferences();
    if (!turn.scenario().complete(proposal) || !own.acceptable(issues, proposal)) {
      return false;
    }
    boolean lastChance = turn.round() + 1 >= turn.roundLimit() || progress >= 1;
    return lastChance
        || own.utility(issues, proposal) >= own.utility(issues, next) - tactics.acceptanceSlack();
  }

  private boolean hopeless(PersonaTurn turn, Terms proposal) {
    List<Issue> issues = turn.scenario().issues();
    Preferences own = turn.privatePreferences();
    double floor = own.utility(issues, floorPackage(turn));
    return own.utility(issues, proposal) < floor - HOPELESS_GAP;
  }

  /** Where the person offered more than this negotiator asks for on an issue, it takes that. */
  private static Terms withPersonsGains(PersonaTurn turn, Terms offer, Terms proposal) {
    Map<String, Double> values = new LinkedHashMap<>(offer.values());
    for (Issue issue : turn.scenario().issues()) {
      IssuePreference preference = turn.privatePreferences().of(issue.key());
      Optional<Double> theirs = proposal.valueOf(issue.key());
      Double ours = values.get(issue.key());
      if (theirs.isPresent()
          && ours != null
          && issue.allows(theirs.get())
          && preference.direction().atLeastAsGood(theirs.get(), ours)) {
        values.put(issue.key(), theirs.get());
      }
    }
    return Terms.of(values);
  }

  private double opening(Issue issue, IssuePreference preference) {
    double target = preference.target();
    double ambitious = target + (preference.best(issue) - target) * tactics.openingAmbition();
    return issue.snap(ambitious);
  }

  /** Just inside the reservation value, so an offer of this negotiator never names its limit. */
  static double floor(Issue issue, IssuePreference preference) {
    double reservation = preference.reservation();
    double target = preference.target();
    if (Math.abs(target - reservation) < 1e-9) {
      return reservation;
    }
    return issue.snap(reservation + Math.signum(target - reservation) * issue.step());
  }

  private Terms floorPackage(PersonaTurn turn) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (Issue issue : turn.scenario().issues()) {
      values.put(issue.key(), floor(issue, turn.privatePreferences().of(issue.key())));
    }
    return Terms.of(values);
  }

  private double between(Issue issue, IssuePreference preference, double share) {
    double open = opening(issue, preference);
    double floor = floor(issue, preference);
    double value = issue.snap(open + (floor - open) * share);
    return preference.direction().atLeastAsGood(value, floor) ? value : floor;
  }

  private void concedeCheapestFirst(
      List<Issue> issues, Preferences own, double share, Map<String, Double> values) {
    List<Issue> tradable =
        issues.stream()
            .filter(issue -> issue.kind() != IssueKind.COMPATIBLE)
            .sorted(Comparator.comparingDouble(issue -> own.normalisedWeight(issue.key())))
            .toList();
    double totalGap = 0;
    for (Issue issue : tradable) {
      totalGap += gap(issue, own);
    }
    double budget = share * totalGap;
    for (Issue issue : tradable) {
      double gap = gap(issue, own);
      if (gap <= 0 || budget <= 0) {
        continue;
      }
      double fraction = Math.min(1, budget / gap);
      values.put(issue.key(), between(issue, own.of(issue.key()), fraction));
      budget -= gap * fraction;
    }
    for (Issue issue : issues) {
      if (issue.kind() == IssueKind.COMPATIBLE) {
        // Both sides prefer the same end: offering it costs nothing and helps both.
        values.put(issue.key(), own.of(issue.key()).best(issue));
      }
    }
  }

  /** Utility this negotiator gives up on {@code issue} going from its opening to its floor. */
  private double gap(Issue issue, Preferences own) {
    IssuePreference preference = own.of(issue.key());
    return own.normalisedWeight(issue.key())
        * (preference.issueUtility(issue, opening(issue, preference))
            - preference.issueUtility(issue, floor(issue, preference)));
  }

  private static Phase phaseFor(Decision.Kind kind, PersonaTurn turn, double progress) {
    Phase seen =
        switch (kind) {
          case OPEN -> Phase.OPENING;
          case ACCEPT, WALK_AWAY, CLOSE_DEAL, FAREWELL -> Phase.CLOSING;
          default -> progress >= 0.75 ? Phase.CLOSING : Phase.DISCUSSION;
        };
    return seen.atLeast(turn.phase());
  }

  private static double confidence(Decision.Kind kind, double progress) {
    return switch (kind) {
      case ACCEPT, CLOSE_DEAL -> 0.9;
      case WALK_AWAY, FAREWELL -> 0.8;
      default -> Math.round((0.55 + 0.35 * (1 - progress)) * 100) / 100.0;
    };
  }

  /** The last package this persona put on the table, if any. */
  public static Optional<Terms> lastOwnOffer(PersonaTurn turn) {
    if (turn.tabledBy().filter(side -> side == Side.PERSONA).isPresent()) {
      return Optional.of(turn.onTable());
    }
    List<Message> transcript = turn.transcript();
    for (int i = transcript.size() - 1; i >= 0; i--) {
      Message message = transcript.get(i);
      if (message.sender() == Sender.AI && !message.proposal().isEmpty()) {
        return Optional.of(message.proposal());
      }
    }
    return Optional.empty();
  }
}
