package dev.parley.domain.strategy;

import dev.parley.domain.scenario.Direction;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.IssueKind;
import dev.parley.domain.scenario.IssuePreference;
import dev.parley.domain.terms.Terms;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A guess at the other side's preferences from public facts only: on a compatible issue it wants
 * what we want, on the others the opposite; an issue matters to it in proportion to how close to
 * its own end of the range it has kept its offers (people hold on to what they value). With no
 * offers yet, every issue counts the same.
 */
public final class OpponentModel {

  private static final double SMOOTHING = 0.1;

  private final Map<String, Direction> directions = new HashMap<>();
  private final Map<String, Double> weights = new HashMap<>();

  private OpponentModel() {}

  public static OpponentModel estimate(
      List<Issue> issues, Map<String, IssuePreference> mine, List<Terms> theirOffers) {
    OpponentModel model = new OpponentModel();
    double total = 0;
    for (Issue issue : issues) {
      Direction myDirection = mine.get(issue.key()).direction();
      Direction theirs =
          issue.kind() == IssueKind.COMPATIBLE
              ? myDirection
              : (myDirection == Direction.HIGHER_IS_BETTER
                  ? Direction.LOWER_IS_BETTER
                  : Direction.HIGHER_IS_BETTER);
      model.directions.put(issue.key(), theirs);
      double held = 0;
      int seen = 0;
      for (Terms offer : theirOffers) {
        if (offer.valueOf(issue.key()).isPresent()) {
          held += model.issueUtility(issue, theirs, offer.valueOf(issue.key()).get());
          seen++;
        }
      }
      double weight = SMOOTHING + (seen == 0 ? 1 : held / seen);
      model.weights.put(issue.key(), weight);
      total += weight;
    }
    for (Issue issue : issues) {
      model.weights.put(issue.key(), model.weights.get(issue.key()) / total);
    }
    return model;
  }

  /**
   * The other side's preferences as known exactly: for tests, and for a player who has learnt the
   * other side's priorities by asking.
   */
  public static OpponentModel known(
      List<Issue> issues, dev.parley.domain.scenario.Preferences theirs) {
    OpponentModel model = new OpponentModel();
    for (Issue issue : issues) {
      model.directions.put(issue.key(), theirs.of(issue.key()).direction());
      model.weights.put(issue.key(), theirs.normalisedWeight(issue.key()));
    }
    return model;
  }

  public Direction direction(String issueKey) {
    return directions.get(issueKey);
  }

  public double weight(String issueKey) {
    return weights.get(issueKey);
  }

  /** The estimated utility, for the other side, of {@code value} on {@code issue} (weighted). */
  public double utility(Issue issue, double value) {
    return weight(issue.key()) * issueUtility(issue, direction(issue.key()), value);
  }

  private double issueUtility(Issue issue, Direction direction, double value) {
    double position = issue.position(value);
    return direction == Direction.HIGHER_IS_BETTER ? position : 1 - position;
  }
}
