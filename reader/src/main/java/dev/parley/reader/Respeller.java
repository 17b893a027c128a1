package dev.parley.reader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Corrects the typing slips of chat ("soudns", "deeal", "monhts") into the words the reader knows:
 * a word it does not know becomes the one known word it is a slip of, if there is exactly one. The
 * slips read are two neighbouring letters swapped ("soudns", in words of four letters or more) and
 * a letter typed twice ("takke", five or more); shorter words and other edits turn too many real
 * words into each other ("real" and "deal", "set" and "est", "contact" and "contract") to be
 * guessed at, and the short slips of chat ("cna", "adn") are respellings in the lexicon. A word is
 * known also as the stem or an inflection of a known word ("engineer" of "engineers", "deals" of
 * "deal"); the lexicon's {@code plain_words} are real words that would otherwise read as slips
 * ("form").
 */
final class Respeller {
  private static final int SWAPPED_MIN = 4;
  private static final int DOUBLED_MIN = 5;

  private static final List<String> ENDINGS = List.of("s", "es", "ed", "ing", "ly");

  private final Set<String> known;

  /**
   * @param known the words the reader's rules and the scenario's names are written in
   */
  Respeller(Set<String> known) {
    this.known = Set.copyOf(known);
  }

  List<Token> respell(List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token token : tokens) {
      String meant = token.kind() == Token.Kind.WORD ? meant(token.text()) : null;
      out.add(meant == null ? token : Token.word(meant));
    }
    return out;
  }

  /** The known word {@code word} is a slip of, or null when it is known or no single one fits. */
  String meant(String word) {
    if (word.length() < SWAPPED_MIN
        || isKnown(word)
        || !word.chars().allMatch(Character::isLetter)) {
      return null;
    }
    Set<String> candidates = new HashSet<>();
    char[] letters = word.toCharArray();
    for (int i = 0; i + 1 < letters.length; i++) {
      if (letters[i] != letters[i + 1]) {
        char[] swapped = letters.clone();
        swapped[i] = letters[i + 1];
        swapped[i + 1] = letters[i];
        addIfKnown(new String(swapped), candidates);
      } else if (word.length() >= DOUBLED_MIN) {
        addIfKnown(word.substring(0, i) + word.substring(i + 1), candidates);
      }
    }
    return candidates.size() == 1 ? candidates.iterator().next() : null;
  }

  private void addIfKnown(String word, Set<String> candidates) {
    if (known.contains(word)) {
      candidates.add(word);
    }
  }

  /** Known as written, as a known word with a common ending ("deals"), or as the stem of one. */
  private boolean isKnown(String word) {
    if (known.contains(word)) {
      return true;
    }
    for (String ending : ENDINGS) {
      boolean inflected =
          word.endsWith(ending)
              && known.contains(word.substring(0, word.length() - ending.length()));
      if (inflected || known.contains(word + ending)) {
        return true;
      }
    }
    return false;
  }
}
