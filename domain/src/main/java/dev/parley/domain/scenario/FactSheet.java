package dev.parley.domain.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the persona's side can truthfully tell the person about itself: about fifteen {@link Fact}s
 * per scenario. {@link #about} finds the fact a question is about.
 */
public record FactSheet(List<Fact> facts) {

  public static final FactSheet NONE = new FactSheet(List.of());

  public FactSheet {
    facts = List.copyOf(facts);
  }

  /**
   * The fact {@code question} asks about: the one with the most of its words in the question, the
   * longest matching word breaking ties (so "signing bonus" beats "bonus"), the first listed after
   * that; empty when no fact's words occur.
   */
  public Optional<Fact> about(String question) {
    String text = question.toLowerCase(Locale.ROOT);
    Fact best = null;
    int bestHits = 0;
    int bestLength = 0;
    for (Fact fact : facts) {
      int hits = 0;
      int longest = 0;
      for (String word : fact.askedAs()) {
        if (containsWord(text, word)) {
          hits++;
          longest = Math.max(longest, word.length());
        }
      }
      if (hits > bestHits || (hits == bestHits && hits > 0 && longest > bestLength)) {
        best = fact;
        bestHits = hits;
        bestLength = longest;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Endings a question may add to a fact's word: "reviewed" asks about "review". */
  private static final List<String> ENDINGS = List.of("", "s", "es", "d", "ed", "ing", "ly");

  /**
   * True when {@code word} occurs in {@code text} as a whole word, or with one of the {@link
   * #ENDINGS}.
   */
  private static boolean containsWord(String text, String word) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      if (before && endsAWord(text, at + word.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsAWord(String text, int end) {
    for (String ending : ENDINGS) {
      int after = end + ending.length();
      if (text.startsWith(ending, end)
          && (after == text.length() || !Character.isLetterOrDigit(text.charAt(after)))) {
        return true;
      }
    }
    return false;
  }
}
