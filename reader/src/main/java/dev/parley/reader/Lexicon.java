package dev.parley.reader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The reader's word lists, read from {@code lexicon.txt} next to this class: sections headed {@code
 * [name]}, one entry per line, {@code #} comments. Entries are written as the reader sees words
 * after respelling ("i am out", not "I'm out"); a {@code respellings} entry is {@code word =
 * replacement words}.
 */
final class Lexicon {

  private static final Lexicon STANDARD = load("lexicon.txt");

  private final Map<String, List<String>> sections;

  private Lexicon(Map<String, List<String>> sections) {
    this.sections = sections;
  }

  static Lexicon standard() {
    return STANDARD;
  }

  /** The section's entries as phrases to find in a message. */
  Phrases phrases(String section) {
    return Phrases.of(entries(section).toArray(String[]::new));
  }

  /** The section's entries as single words. */
  Set<String> words(String section) {
    return Set.copyOf(entries(section));
  }

  /** The section's entries as word sequences. */
  List<List<String>> sequences(String section) {
    return entries(section).stream().map(entry -> List.of(entry.split(" "))).toList();
  }

  /**
   * Every word the entries of every section are written in; for {@code word = words} entries, the
   * replacement words, not the respelled word.
   */
  Set<String> allWords() {
    Set<String> words = new java.util.HashSet<>();
    for (Map.Entry<String, List<String>> section : sections.entrySet()) {
      for (String entry : section.getValue()) {
        int equals = entry.indexOf('=');
        String text = equals >= 0 ? entry.substring(equals + 1) : entry;
        for (String word : text.strip().split(" ")) {
          if (!word.isEmpty()) {
            words.add(word);
          }
        }
      }
    }
    return Set.copyOf(words);
  }

  /** {@code word = replacement words} entries. */
  Map<String, List<String>> replacements(String section) {
    Map<String, List<String>> replacements = new LinkedHashMap<>();
    for (String entry : entries(section)) {
      int equals = entry.indexOf('=');
      if (equals < 1) {
        throw new IllegalStateException(
            "lexicon.txt [" + section + "]: '" + entry + "' is not 'word = words'");
      }
      replacements.put(
          entry.substring(0, equals).strip(),
          List.of(entry.substring(equals + 1).strip().split(" ")));
    }
    return Map.copyOf(replacements);
  }

  private List<String> entries(String section) {
    List<String> entries = sections.get(section);
    if (entries == null) {
      throw new IllegalStateException("lexicon.txt has no section [" + section + "]");
    }
    return entries;
  }

  static Lexicon load(String resource) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the reader's " + resource + " is missing");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the reader's " + resource, e);
    }
  }

  static Lexicon parse(String content, String name) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    List<String> current = null;
    String[] lines = content.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        current = new ArrayList<>();
        if (sections.put(line.substring(1, line.length() - 1), current) != null) {
          throw new IllegalStateException(name + " line " + (i + 1) + ": section repeated");
        }
      } else if (current == null) {
        throw new IllegalStateException(name + " line " + (i + 1) + ": entry before any [section]");
      } else {
        current.add(String.join(" ", Arrays.asList(line.toLowerCase(Locale.ROOT).split("\\s+"))));
      }
    }
    sections.replaceAll((section, entries) -> List.copyOf(entries));
    return new Lexicon(Map.copyOf(sections));
  }
}
