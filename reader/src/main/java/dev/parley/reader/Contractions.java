package dev.parley.reader;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Expands English contractions so phrase rules see one spelling: "can't" and "cant" → cannot. */
final class Contractions {
  private static final Map<String, List<String>> WHOLE =
      Lexicon.standard().replacements("respellings");
  private static final Set<String> IS_CONTRACTED =
      Set.of(
          "it",
          "that",
          "what",
          "there",
          "here",
          "who",
          "he",
          "she",
          "this",
          "where",
          "how",
          "salary",
          "bonus",
          "rate",
          "price",
          "offer",
          "which",
          "everything",
          "nothing",
          "something");
  private static final Map<String, String> SUFFIXES =
      Map.of("n't", "not", "'ll", "will", "'re", "are", "'ve", "have", "'d", "would", "'m", "am");

  private Contractions() {}

  static List<String> expand(String word) {
    List<String> whole = WHOLE.get(word);
    if (whole != null) {
      return whole;
    }
    if (word.endsWith("'s") && word.length() > 2) {
      String stem = word.substring(0, word.length() - 2).replace("'", "");
      // "it's" is "it is"; "a year's warranty" is a possessive, not "year is"
      return IS_CONTRACTED.contains(stem) ? List.of(stem, "is") : List.of(stem);
    }
    for (Map.Entry<String, String> suffix : SUFFIXES.entrySet()) {
      if (word.endsWith(suffix.getKey()) && word.length() > suffix.getKey().length()) {
        String stem = word.substring(0, word.length() - suffix.getKey().length());
        return List.of(stem.replace("'", ""), suffix.getValue());
      }
    }
    return List.of(word.replace("'", ""));
  }
}
