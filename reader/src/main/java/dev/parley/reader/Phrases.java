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

  /** Phrases given as word lists (a lexicon's sequences); each keeps its place among its peers. */
  static Phrases ofSequences(List<List<String>> sequences) {
    Phrases phrases = new Phrases();
    for (List<String> words : sequences) {
      if (words.isEmpty()) {
        throw new IllegalArgumentException("a phrase needs at least one word");
      }
      phrases.byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(words);
    }
    return phrases;
  }

  /**
   * The first phrase, in the order given, that starts at {@code at}; null when none does. The same
   * as trying every phrase with {@link QuantityScanner#matchesAt}, with one lookup.
   */
  List<String> firstAt(List<String> words, int at) {
    if (at < 0 || at >= words.size()) {
      return null;
    }
    List<List<String>> candidates = byFirstWord.get(words.get(at));
    if (candidates == null) {
      return null;
    }
    for (List<String> phrase : candidates) {
      if (QuantityScanner.matchesAt(words, at, phrase)) {
        return phrase;
      }
    }
    return null;
  }

  /** The phrases whose first word is the word at {@code at}, in the order given. */
  List<List<String>> startingAt(List<String> words, int at) {
    if (at < 0 || at >= words.size()) {
      return List.of();
    }
    return byFirstWord.getOrDefault(words.get(at), List.of());
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
