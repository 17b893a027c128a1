package dev.parley.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds where a message names the issues of a vocabulary, longest name first. */
final class NameIndex {

  /** Tokens {@code [start, end)} name {@code issue}, or its complement ("office" for remote). */
  record Hit(int start, int end, int issue, boolean complement) {}

  private record Name(List<String> words, int issue, boolean complement) {}

  private final Map<String, List<Name>> byFirstWord = new HashMap<>();

  NameIndex(List<IssueVocabulary> issues) {
    for (int issue = 0; issue < issues.size(); issue++) {
      add(issues.get(issue).key().replace('_', ' '), issue, false);
      for (String name : issues.get(issue).names()) {
        add(name, issue, false);
      }
      for (String name : issues.get(issue).complementNames()) {
        add(name, issue, true);
      }
    }
    for (List<Name> names : byFirstWord.values()) {
      names.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
    }
  }

  private void add(String name, int issue, boolean complement) {
    List<String> words = new ArrayList<>();
    for (Token token : Tokenizer.tokenize(name)) {
      if (token.kind() == Token.Kind.WORD || token.kind() == Token.Kind.NUMBER) {
        words.add(token.text());
      }
    }
    if (!words.isEmpty()) {
      Name entry = new Name(List.copyOf(words), issue, complement);
      for (String form : forms(words.get(0))) {
        byFirstWord.computeIfAbsent(form, w -> new ArrayList<>()).add(entry);
      }
    }
  }

  /**
   * Non-overlapping hits left to right; at one position every issue sharing the longest matching
   * name gets a hit.
   */
  List<Hit> find(List<Token> tokens) {
    List<Hit> hits = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int longest = 0;
      for (Name name : byFirstWord.getOrDefault(tokens.get(i).text(), List.of())) {
        int length = name.words().size();
        if (longest > 0 && length < longest) {
          break;
        }
        if (matches(tokens, i, name.words())) {
          longest = length;
          hits.add(new Hit(i, i + length, name.issue(), name.complement()));
        }
      }
      i += Math.max(1, longest);
    }
    return dedupe(hits);
  }

  private static boolean matches(List<Token> tokens, int at, List<String> words) {
    if (at + words.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.size(); k++) {
      if (!sameWord(tokens.get(at + k).text(), words.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** The spellings {@link #sameWord} accepts for a name word. */
  private static List<String> forms(String name) {
    List<String> forms =
        new ArrayList<>(List.of(name, name + "s", name + "es", name + "ing", name + "ed"));
    if (name.endsWith("y")) {
      forms.add(name.substring(0, name.length() - 1) + "ies");
    } else {
      forms.add(name + "y"); // "deliver" names "delivery"
    }
    return forms;
  }

  private static boolean sameWord(String text, String name) {
    return forms(name).contains(text);
  }

  private static List<Hit> dedupe(List<Hit> hits) {
    List<Hit> unique = new ArrayList<>();
    for (Hit hit : hits) {
      if (!unique.contains(hit)) {
        unique.add(hit);
      }
    }
    return unique;
  }
}
