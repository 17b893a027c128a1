package dev.parley.domain.debrief;

import dev.parley.domain.terms.Terms;
import java.util.List;
import java.util.Optional;

/**
 * The deal against what was possible, in both sides' utilities (0..1 each).
 *
 * @param personWalkAway the person's utility at their own walk-away package
 * @param bestThePersonaAccepts the person's utility at the best package the persona would accept
 * @param deal the deal's utilities, if there was a deal
 * @param claimedPercent where the deal landed between those two, 0..100
 * @param frontier the Pareto frontier of the packages both sides would accept, best for the person
 *     first, for the picture
 * @param onFrontier whether no package both would accept gives one side more and the other no less
 * @param bothBetter when the deal is not on the frontier: the package that would have made both
 *     sides better off with the most joint value ("you could both have had ...")
 * @param dealWasPossible whether any package was acceptable to both
 * @param bestPossible the acceptable package with the most joint value, for a session that ended
 *     without a deal
 */
public record JointValue(
    double personWalkAway,
    double bestThePersonaAccepts,
    Optional<Point> deal,
    Optional<Integer> claimedPercent,
    List<Point> frontier,
    boolean onFrontier,
    Optional<Terms> bothBetter,
    boolean dealWasPossible,
    Optional<Terms> bestPossible) {

  /** A package's utility for the person and for the persona. */
  public record Point(double person, double persona) {}

  public JointValue {
    frontier = List.copyOf(frontier);
  }
}
