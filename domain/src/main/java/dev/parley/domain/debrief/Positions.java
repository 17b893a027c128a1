package dev.parley.domain.debrief;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.terms.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The offers of a transcript as each side's standing position: an issue an offer leaves open counts
 * at what its author had before (at first, what its author likes best), as the relationship score
 * reads concessions.
 */
record Positions(List<Position> all) {

  /** One offer: who made it, the message, the terms it named and the whole position after it. */
  record Position(Side side, Message message, Terms named, Terms whole, double utility) {}

  static Positions of(Scenario scenario, List<Message> transcript) {
    List<Position> all = new ArrayList<>();
    Optional<Terms> person = Optional.empty();
    Optional<Terms> persona = Optional.empty();
    for (Message message : transcript) {
      if (message.proposal().isEmpty() || message.sender() == Sender.SYSTEM) {
        continue;
      }
      Side side = message.sender() == Sender.USER ? Side.PERSON : Side.PERSONA;
      Terms before = (side == Side.PERSON ? person : persona).orElse(bestFor(scenario, side));
      Terms whole = before.with(message.proposal());
      all.add(
          new Position(side, message, message.proposal(), whole, scenario.utility(side, whole)));
      if (side == Side.PERSON) {
        person = Optional.of(whole);
      } else {
        persona = Optional.of(whole);
      }
    }
    return new Positions(all);
  }

  List<Position> by(Side side) {
    return all.stream().filter(position -> position.side() == side).toList();
  }

  Optional<Position> first() {
    return all.isEmpty() ? Optional.empty() : Optional.of(all.getFirst());
  }

  static Terms bestFor(Scenario scenario, Side side) {
    Terms best = Terms.NONE;
    for (Issue issue : scenario.issues()) {
      best = best.with(issue.key(), scenario.preferencesOf(side).of(issue.key()).best(issue));
    }
    return best;
  }
}
