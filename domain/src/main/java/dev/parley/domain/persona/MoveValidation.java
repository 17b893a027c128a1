package dev.parley.domain.persona;

import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.negotiation.NegotiationStatus;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Result;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.terms.Terms;
import java.util.Map;
import java.util.Optional;

/**
 * The rules every move must keep, whoever makes it: nothing after the negotiation has ended;
 * offered terms name known issues with values in range and on step; a persona's counter-offer
 * settles every issue; only the other side's terms can be accepted; and a persona never accepts a
 * package below any of its reservation values.
 */
public final class MoveValidation {

  private MoveValidation() {}

  public static Result<Move> check(Move move, Side mover, Scenario scenario, Negotiation table) {
    if (table.status() != NegotiationStatus.ACTIVE) {
      return illegal("No move is possible: the negotiation is " + table.status());
    }
    return switch (move) {
      case Move.CounterOffer offer -> checkOffer(offer, mover, scenario);
      case Move.Accept accept -> checkAcceptance(accept, mover, scenario, table);
      case Move.Reject reject -> Result.ok(reject);
      case Move.WalkAway walkAway -> Result.ok(walkAway);
      case Move.Ask ask -> Result.ok(ask);
      case Move.Talk talk -> Result.ok(talk);
    };
  }

  /** Why {@code terms} do not fit the scenario's issues, if they do not. */
  public static Optional<String> termsProblem(Terms terms, Scenario scenario) {
    if (terms.isEmpty()) {
      return Optional.of("An offer needs at least one term");
    }
    for (Map.Entry<String, Double> term : terms.values().entrySet()) {
      Optional<Issue> issue = scenario.issue(term.getKey());
      if (issue.isEmpty()) {
        return Optional.of("Unknown issue: " + term.getKey());
      }
      if (!issue.get().allows(term.getValue())) {
        Issue known = issue.get();
        return Optional.of(
            known.label()
                + " must be between "
                + format(known.min())
                + " and "
                + format(known.max())
                + " in steps of "
                + format(known.step()));
      }
    }
    return Optional.empty();
  }

  private static Result<Move> checkOffer(Move.CounterOffer offer, Side mover, Scenario scenario) {
    Optional<String> problem = termsProblem(offer.terms(), scenario);
    if (problem.isPresent()) {
      return illegal(problem.get());
    }
    if (mover == Side.PERSONA && !scenario.complete(offer.terms())) {
      return illegal("A persona's offer must settle every issue");
    }
    return Result.ok(offer);
  }

  private static Result<Move> checkAcceptance(
      Move.Accept accept, Side mover, Scenario scenario, Negotiation table) {
    if (table.onTable().isEmpty() || table.tabledBy().filter(side -> side != mover).isEmpty()) {
      return illegal("There is no offer from the other side to accept");
    }
    if (!scenario.complete(table.onTable())) {
      return illegal("Only an offer that settles every issue can be accepted");
    }
    if (mover == Side.PERSONA && !scenario.acceptableTo(Side.PERSONA, table.onTable())) {
      return illegal("The persona cannot accept terms below its limits");
    }
    return Result.ok(accept);
  }

  private static Result<Move> illegal(String why) {
    return Result.refused(ErrorCode.INVALID_PAYLOAD, why);
  }

  private static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
