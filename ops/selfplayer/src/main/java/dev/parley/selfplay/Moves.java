package dev.parley.selfplay;

import dev.parley.domain.persona.Move;

/** Moves as the report names them: "offer {salary=85000.0, ...}", "accept", "ask". */
final class Moves {

  private Moves() {}

  static String describe(Move move) {
    return switch (move) {
      case Move.CounterOffer offer -> "offer " + offer.terms().values();
      case Move.Accept accept -> "accept";
      case Move.Reject reject -> "reject";
      case Move.WalkAway walkAway -> "walk-away";
      case Move.Ask ask -> "ask";
      case Move.Talk talk -> "talk";
    };
  }
}
