package dev.parley.domain.strategy;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.persona.Move;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.terms.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A negotiator built from the blocks: a {@link ConcessionStrategy} says how much to ask for, a
 * {@link Packaging} which package asks for it. It accepts the other side's latest offer when it
 * settles every issue within its reservation values and is worth at least what it would ask for
 * next (or, at its last chance, at least the strategy's minimum); otherwise it counter-offers.
 * Pure: decisions depend only on the scenario, the offers so far and the progress.
 */
public record Bargainer(
    Scenario scenario,
    Side side,
    ConcessionStrategy strategy,
    Packaging packaging,
    Anchor anchor,
    OpponentModelling modelling) {

  private static final double EPSILON = 1e-9;

  /** Where the side opens: at its targets, or at the best end of every range (a high anchor). */
  public enum Anchor {
    TARGETS,
    EXTREMES
  }

  /** How the side guesses the other side's preferences from its offers so far. */
  @FunctionalInterface
  public interface OpponentModelling {
    OpponentModel model(Scenario scenario, Side side, List<Terms> theirOffers);

    /** From public facts and the offers only; see {@link OpponentModel#estimate}. */
    static OpponentModelling fromOffers() {
      return (scenario, side, theirOffers) ->
          OpponentModel.estimate(
              scenario.issues(), scenario.preferencesOf(side).byIssue(), theirOffers);
    }
  }

  /** A bargainer that opens at its targets and models the other side from its offers. */
  public Bargainer(Scenario scenario, Side side, ConcessionStrategy strategy, Packaging packaging) {
    this(scenario, side, strategy, packaging, Anchor.TARGETS, OpponentModelling.fromOffers());
  }

  /** A bargainer that models the other side from its offers. */
  public Bargainer(
      Scenario scenario,
      Side side,
      ConcessionStrategy strategy,
      Packaging packaging,
      Anchor anchor) {
    this(scenario, side, strategy, packaging, anchor, OpponentModelling.fromOffers());
  }

  public Bargainer {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(packaging, "packaging");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(modelling, "modelling");
  }

  /** One offer at the table, in order. */
  public record Offer(Side by, Terms terms) {}

  /**
   * The next move, given every offer so far (oldest first) and the progress: 0 at the start, 1 at
   * this side's last chance to move.
   */
  public Move decide(List<Offer> offers, double progress) {
    List<Terms> mine = termsBy(offers, side);
    List<Terms> theirs = termsBy(offers, side.other());
    double floor = scenario.utility(side, reservationPackage());
    double ceiling = anchor == Anchor.TARGETS ? scenario.utility(side, targetPackage()) : 1.0;
    BargainingState state =
        new BargainingState(Math.max(0, Math.min(1, progress)), utilities(mine), utilities(theirs));
    double aspiration = strategy.aspiration(state, floor, ceiling);
    OpponentModel opponent = modelling.model(scenario, side, theirs);
    Terms planned = packaging.packageFor(scenario, side, aspiration, opponent);

    Optional<Terms> onTable =
        offers.isEmpty() || offers.get(offers.size() - 1).by() == side
            ? Optional.empty()
            : Optional.of(offers.get(offers.size() - 1).terms());
    if (onTable.isPresent() && acceptable(onTable.get(), planned, progress, floor, ceiling)) {
      return new Move.Accept();
    }
    return new Move.CounterOffer(planned);
  }

  /**
   * The move for a persona's turn: the offers read from its transcript, the progress from its
   * rounds and time (1 at the last round or when time is up).
   */
  public Move decide(dev.parley.domain.persona.PersonaTurn turn) {
    double byRounds = turn.roundLimit() <= 1 ? 1 : (double) turn.round() / (turn.roundLimit() - 1);
    double progress = Math.max(byRounds, turn.progress(scenario.timeLimit()));
    return decide(offersIn(turn.transcript()), Math.min(1, progress));
  }

  /**
   * The offers of a transcript, by who made them. Like the table, a proposal naming some issues is
   * laid over the terms before it, so each offer is the whole table as its author left it.
   */
  public static List<Offer> offersIn(List<Message> transcript) {
    List<Offer> offers = new ArrayList<>();
    Terms table = Terms.NONE;
    for (Message message : transcript) {
      if (!message.proposal().isEmpty() && message.sender() != Sender.SYSTEM) {
        table = table.with(message.proposal());
        offers.add(new Offer(message.sender() == Sender.USER ? Side.PERSON : Side.PERSONA, table));
      }
    }
    return offers;
  }

  private boolean acceptable(
      Terms offer, Terms planned, double progress, double floor, double ceiling) {
    if (!scenario.complete(offer) || !scenario.acceptableTo(side, offer)) {
      return false;
    }
    double worth = scenario.utility(side, offer);
    if (worth >= scenario.utility(side, planned) - EPSILON) {
      return true;
    }
    return progress >= 1 && worth >= strategy.minimum(floor, ceiling) - EPSILON;
  }

  private Terms reservationPackage() {
    return scenario.preferencesOf(side).reservationPackage(scenario.issues());
  }

  private Terms targetPackage() {
    return scenario.preferencesOf(side).targetPackage(scenario.issues());
  }

  private List<Double> utilities(List<Terms> packages) {
    return packages.stream().map(terms -> scenario.utility(side, terms)).toList();
  }

  private static List<Terms> termsBy(List<Offer> offers, Side side) {
    return offers.stream().filter(offer -> offer.by() == side).map(Offer::terms).toList();
  }
}
