package dev.parley.reader.corpus;

import dev.parley.domain.persona.Move;
import dev.parley.domain.terms.Terms;
import java.util.Map;
import java.util.stream.Collectors;

/** Compares and prints moves the way the corpus labels them. */
final class Readings {

  private Readings() {}

  static boolean same(Move expected, Move read) {
    if (expected instanceof Move.CounterOffer wanted && read instanceof Move.CounterOffer got) {
      return sameTerms(wanted.terms(), got.terms());
    }
    return expected.getClass() == read.getClass();
  }

  private static boolean sameTerms(Terms wanted, Terms got) {
    if (!wanted.values().keySet().equals(got.values().keySet())) {
      return false;
    }
    return wanted.values().entrySet().stream()
        .allMatch(term -> Math.abs(got.values().get(term.getKey()) - term.getValue()) < 1e-6);
  }

  static String describe(Move move) {
    return switch (move) {
      case Move.CounterOffer offer ->
          "offer "
              + offer.terms().values().entrySet().stream()
                  .map(Readings::pair)
                  .collect(Collectors.joining(" "));
      case Move.Accept accept -> "accept";
      case Move.Reject reject -> "reject";
      case Move.WalkAway walkAway -> "walk_away";
      case Move.Ask ask -> "ask";
      case Move.Talk talk -> "talk";
    };
  }

  private static String pair(Map.Entry<String, Double> term) {
    double value = term.getValue();
    return term.getKey()
        + "="
        + (value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value));
  }
}
