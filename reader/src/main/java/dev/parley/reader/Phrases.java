package dev.parley.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A set of word sequences, indexed by first word so a scan costs one lookup per word. */
final class Phrases {
  private final Map<String, List<List<String>>> byFirstWord = new HashMap<>();

  private Phrases() {}

  /** Phrases written as space-separated words: {@code of("walk away", "i am out")}. */
  static Phrases of(String... texts) {
    Phrases phrases = new Phrases();
    for (String text : texts) {
      List<String> words = List.of(text.split(" "));
      phrases.byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(words);
    }
    return phrases;
  }

  /** The length of a phrase starting at {@code at}, or 0 when none does. */
  int matchAt(List<String> words, int at) {
    List<List<String>> candidates = byFirstWord.get(words.get(at));
    if (candidates == null) {
      return 0;
    }
    for (List<String> phrase : candidates) {
      if (QuantityScanner.matchesAt(words, at, phrase)) {
        return phrase.size();
      }
    }
    return 0;
  }
}
