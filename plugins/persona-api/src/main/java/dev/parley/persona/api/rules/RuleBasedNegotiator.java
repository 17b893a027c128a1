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
import dev.parley.domain.strategy.Bargainer;
import dev.parley.domain.terms.Terms;
import dev.parley.persona.api.TurnCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A negotiator that decides a persona's move by rules. What to ask for and when to accept come from
 * the domain's {@link Bargainer} (a {@code ConcessionStrategy} and a {@code Packaging}); around it
 * this class keeps the persona's own offers one step inside its reservation values (so quoting them
 * never names a limit), takes any value the person offered that is at least as good for it, answers
 * questions and remarks without moving, and may walk away late when the sides are far apart.
 * Stateless and thread-safe: all it knows comes from the turn.
 */
public final class RuleBasedNegotiator {

  private static final double LATE = 0.85;
  private static final double HOPELESS_GAP = 0.15;

  private final Tactics tactics;

  public RuleBasedNegotiator(Tactics tactics) {
    this.tactics = tactics;
  }

  public Decision decide(PersonaTurn turn) {
    double progress = progressOf(turn);
    Optional<Terms> previous = lastOwnOffer(turn);
    return switch (turn.latestMove()) {
      case Move.Accept accept ->
          decision(Decision.Kind.CLOSE_DEAL, new Move.Talk(), turn.onTable(), turn, progress);
      case Move.WalkAway walkAway ->
          decision(Decision.Kind.FAREWELL, new Move.Talk(), turn.onTable(), turn, progress);
      case Move.CounterOffer offer -> answerProposal(turn, offer, previous, progress);
      case Move.Reject reject ->
          counter(Decision.Kind.RECOUNTER, turn, previous, earnedByProposals(turn, progress));
      case Move.Ask ask -> answerOrOpen(turn, previous, progress);
      case Move.Talk talk -> answerOrOpen(turn, previous, progress);
    };
  }

  /**
   * How far through the session this turn is: 1 on the round before the last, the persona's last
   * reply the person can still answer. Its final offer comes then, and it says so, rather than on
   * the last round, whose reply nobody can take up.
   */
  static double progressOf(PersonaTurn turn) {
    double byRounds = turn.roundLimit() <= 2 ? 1 : (double) turn.round() / (turn.roundLimit() - 2);
    return Math.max(0, Math.min(1, Math.max(byRounds, turn.progress(turn.scenario().timeLimit()))));
  }

  /**
   * How far a flat no moves this negotiator: no further than one round's concession for each
   * proposal the person made, never further than the clock. Concessions answer proposals, not
   * refusals: ops/selfplay showed a learner who only said no until the persona reached its limits
   * doing better than one who argued and proposed.
   */
  static double earnedByProposals(PersonaTurn turn, double progress) {
    long proposals =
        Bargainer.offersIn(turn.transcript()).stream()
            .filter(offer -> offer.by() == Side.PERSON)
            .count();
    double perRound = 1.0 / Math.max(1, turn.roundLimit() - 2);
    return Math.min(progress, (proposals + 1) * perRound);
  }

  /** How many more rounds the person has after this turn's reply: 0 on the last round. */
  public static int roundsLeft(PersonaTurn turn) {
    return Math.max(0, turn.roundLimit() - 1 - turn.round());
  }

  /** The domain's bargainer for this turn, on the persona's side. */
  private Bargainer bargainer(PersonaTurn turn) {
    return new Bargainer(
        turn.scenario(), Side.PERSONA, tactics.strategy(), tactics.packaging(), tactics.anchor());
  }

  /** The bargainer's move at {@code progress}, given every offer of the turn so far. */
  private Move planned(PersonaTurn turn, double progress) {
    List<Bargainer.Offer> offers = new ArrayList<>(Bargainer.offersIn(turn.transcript()));
    Optional<Terms> proposal = turn.personsProposal();
    Bargainer.Offer latest = new Bargainer.Offer(Side.PERSON, turn.onTable());
    if (proposal.isPresent() && (offers.isEmpty() || !offers.getLast().equals(latest))) {
      offers.add(latest);
    }
    return bargainer(turn).decide(offers, progress);
  }

  /** The package this negotiator would offer at {@code progress}, inside its limits. */
  public Terms offerAt(PersonaTurn turn, double progress) {
    Move move = bargainer(turn).decide(Bargainer.offersIn(turn.transcript()), progress);
    Terms planned =
        move instanceof Move.CounterOffer offer
            ? offer.terms()
            : turn.privatePreferences().targetPackage(turn.scenario().issues());
    return shaped(turn, planned, progress);
  }

  private Decision answerProposal(
      PersonaTurn turn, Move.CounterOffer offer, Optional<Terms> previous, double progress) {
    Terms proposal = turn.personsProposal().orElse(offer.terms());
    Move planned = planned(turn, progress);
    if (planned instanceof Move.Accept && TurnCheck.check(planned, turn).isOk()) {
      return decision(Decision.Kind.ACCEPT, planned, proposal, turn, progress);
    }
    if (tactics.walksAwayWhenHopeless() && progress >= LATE && hopeless(turn, proposal)) {
      return decision(Decision.Kind.WALK_AWAY, new Move.WalkAway(), proposal, turn, progress);
    }
    Terms next =
        planned instanceof Move.CounterOffer counter
            ? shaped(turn, counter.terms(), progress)
            : offerAt(turn, progress);
    Decision.Kind kind = previous.isEmpty() ? Decision.Kind.OPEN : Decision.Kind.COUNTER;
    return offering(kind, turn, previous, withPersonsGains(turn, next, proposal), progress);
  }

  private Decision answerOrOpen(PersonaTurn turn, Optional<Terms> previous, double progress) {
    if (previous.isEmpty()) {
      return counter(Decision.Kind.OPEN, turn, previous, progress);
    }
    if (roundsLeft(turn) <= 1) {
      // No time left to only talk: it puts its final offer on the table while it can be taken.
      return counter(Decision.Kind.ANSWER, turn, previous, progress);
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
    if (roundsLeft(turn) == 0 && previous.isPresent()) {
      // Its offer of the round before was final: it does not move again.
      offer = previous.get();
    }
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
        confidence(kind, progress),
        roundsLeft(turn),
        roundsLeft(turn) <= 1);
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
        confidence(kind, progress),
        roundsLeft(turn),
        false);
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

  /** Just inside the reservation value, so an offer of this negotiator never names its limit. */
  static double floor(Issue issue, IssuePreference preference) {
    double reservation = preference.reservation();
    double target = preference.target();
    if (Math.abs(target - reservation) < 1e-9) {
      return reservation;
    }
    return issue.snap(reservation + Math.signum(target - reservation) * issue.step());
  }

  /**
   * {@code planned} as this negotiator puts it on the table: an {@link Bargainer.Anchor#EXTREMES}
   * negotiator asks beyond the package (halfway to the best end of each contested range at the
   * start, relaxing to nothing by the end), and a value that sits exactly on a limit moves one step
   * inside it.
   */
  private Terms shaped(PersonaTurn turn, Terms planned, double progress) {
    double anchoring = tactics.anchor() == Bargainer.Anchor.EXTREMES ? 0.5 * (1 - progress) : 0;
    Map<String, Double> values = new LinkedHashMap<>(planned.values());
    for (Issue issue : turn.scenario().issues()) {
      Double value = values.get(issue.key());
      if (value == null) {
        continue;
      }
      IssuePreference preference = turn.privatePreferences().of(issue.key());
      double shaped =
          issue.kind() == IssueKind.COMPATIBLE
              ? value
              : issue.snap(value + (preference.best(issue) - value) * anchoring);
      if (!preference.direction().atLeastAsGood(shaped, value)) {
        shaped = value;
      }
      if (Math.abs(shaped - preference.reservation()) < 1e-9) {
        shaped = floor(issue, preference);
      }
      values.put(issue.key(), shaped);
    }
    return Terms.of(values);
  }

  private Terms floorPackage(PersonaTurn turn) {
    Map<String, Double> values = new LinkedHashMap<>();
    for (Issue issue : turn.scenario().issues()) {
      values.put(issue.key(), floor(issue, turn.privatePreferences().of(issue.key())));
    }
    return Terms.of(values);
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
