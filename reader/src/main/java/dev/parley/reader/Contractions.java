package dev.parley.reader;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Expands English contractions so phrase rules see one spelling: "can't" and "cant" → cannot. */
final class Contractions {
  private static final Map<String, List<String>> WHOLE =
      Map.ofEntries(
          Map.entry("can't", List.of("cannot")),
          Map.entry("cant", List.of("cannot")),
          Map.entry("won't", List.of("will", "not")),
          Map.entry("wont", List.of("will", "not")),
          Map.entry("shan't", List.of("shall", "not")),
          Map.entry("ain't", List.of("is", "not")),
          Map.entry("i'm", List.of("i", "am")),
          Map.entry("im", List.of("i", "am")),
          Map.entry("let's", List.of("let", "us")),
          Map.entry("lets", List.of("let", "us")),
          Map.entry("dont", List.of("do", "not")),
          Map.entry("doesnt", List.of("does", "not")),
          Map.entry("didnt", List.of("did", "not")),
          Map.entry("isnt", List.of("is", "not")),
          Map.entry("wasnt", List.of("was", "not")),
          Map.entry("arent", List.of("are", "not")),
          Map.entry("wouldnt", List.of("would", "not")),
          Map.entry("couldnt", List.of("could", "not")),
          Map.entry("shouldnt", List.of("should", "not")),
          Map.entry("thats", List.of("that", "is")),
          Map.entry("whats", List.of("what", "is")),
          Map.entry("ive", List.of("i", "have")),
          Map.entry("youre", List.of("you", "are")),
          Map.entry("theyre", List.of("they", "are")),
          Map.entry("ill", List.of("i", "will")));
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
