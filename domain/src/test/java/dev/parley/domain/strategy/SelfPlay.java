package dev.parley.domain.strategy;

import dev.parley.domain.persona.Move;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.terms.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Alternating offers between a scripted person and a persona, as in a session: each round the
 * person moves, then the persona answers; the last round is both sides' last chance.
 */
final class SelfPlay {

  /** A side at the table: given the offers so far and the progress, its move. */
  @FunctionalInterface
  interface Player {
    Move decide(List<Bargainer.Offer> offers, double progress);
  }

  /** How a game ended: the deal if any, who accepted, and the rounds used. */
  record Outcome(
      Optional<Terms> deal,
      Optional<Side> acceptedBy,
      int rounds,
      List<Bargainer.Offer> offers,
      List<Terms> acceptedByPersona) {}

  private SelfPlay() {}

  static Outcome play(Scenario scenario, Player person, Player persona) {
    int limit = scenario.roundLimit();
    List<Bargainer.Offer> offers = new ArrayList<>();
    List<Terms> acceptedByPersona = new ArrayList<>();
    for (int round = 0; round < limit; round++) {
      double progress = limit == 1 ? 1 : (double) round / (limit - 1);
      Move personsMove = person.decide(List.copyOf(offers), progress);
      Optional<Terms> personaOffer = lastBy(offers, Side.PERSONA);
      if (personsMove instanceof Move.Accept && personaOffer.isPresent()) {
        return new Outcome(
            personaOffer, Optional.of(Side.PERSON), round + 1, offers, acceptedByPersona);
      }
      if (personsMove instanceof Move.CounterOffer offer) {
        offers.add(new Bargainer.Offer(Side.PERSON, offer.terms()));
      }
      Move personasMove = persona.decide(List.copyOf(offers), progress);
      Optional<Terms> personOffer = lastBy(offers, Side.PERSON);
      if (personasMove instanceof Move.Accept && personOffer.isPresent()) {
        acceptedByPersona.add(personOffer.get());
        return new Outcome(
            personOffer, Optional.of(Side.PERSONA), round + 1, offers, acceptedByPersona);
      }
      if (personasMove instanceof Move.CounterOffer offer) {
        offers.add(new Bargainer.Offer(Side.PERSONA, offer.terms()));
      }
    }
    return new Outcome(Optional.empty(), Optional.empty(), limit, offers, acceptedByPersona);
  }

  private static Optional<Terms> lastBy(List<Bargainer.Offer> offers, Side side) {
    for (int i = offers.size() - 1; i >= 0; i--) {
      if (offers.get(i).by() == side) {
        return Optional.of(offers.get(i).terms());
      }
    }
    return Optional.empty();
  }
}
