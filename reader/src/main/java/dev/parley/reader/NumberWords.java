package dev.parley.reader;

import java.util.List;
import java.util.Map;

/** Reads numbers written as digits with magnitudes ("85k", "1.2 million") or as English words. */
final class NumberWords {

  /** A number read from tokens {@code [start, end)}. */
  record Reading(int start, int end, double value, boolean spelled, boolean scaled) {}

  private static final Map<String, Integer> SMALL = SpelledNumbers.SMALL;
  private static final Map<String, Integer> TENS = SpelledNumbers.TENS;
  private static final Map<String, Double> SCALES =
      Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9);
  private static final Map<String, Double> SUFFIX_SCALES =
      Map.ofEntries(
          Map.entry("k", 1e3),
          Map.entry("thousand", 1e3),
          Map.entry("grand", 1e3),
          Map.entry("m", 1e6),
          Map.entry("mil", 1e6),
          Map.entry("mill", 1e6),
          Map.entry("mn", 1e6),
          Map.entry("million", 1e6),
          Map.entry("bn", 1e9),
          Map.entry("billion", 1e9));
  private static final Map<String, Integer> ORDINALS =
      Map.ofEntries(
          Map.entry("first", 1),
          Map.entry("second", 2),
          Map.entry("third", 3),
          Map.entry("fourth", 4),
          Map.entry("fifth", 5),
          Map.entry("sixth", 6),
          Map.entry("seventh", 7),
          Map.entry("eighth", 8),
          Map.entry("ninth", 9),
          Map.entry("tenth", 10),
          Map.entry("eleventh", 11),
          Map.entry("twelfth", 12),
          Map.entry("thirteenth", 13),
          Map.entry("fourteenth", 14),
          Map.entry("fifteenth", 15),
          Map.entry("sixteenth", 16),
          Map.entry("seventeenth", 17),
          Map.entry("eighteenth", 18),
          Map.entry("nineteenth", 19),
          Map.entry("twentieth", 20),
          Map.entry("thirtieth", 30));
  private static final List<String> ORDINAL_SUFFIXES = List.of("st", "nd", "rd", "th");

  private static final int ANY_WORD = 0;
  private static final int TENS_WORD = 1;
  private static final int SMALL_WORD = 2;

  private NumberWords() {}

  /** The number starting at {@code start}, or null when none starts there. */
  /** The word for a whole number from 0 to 20 ("three"), if it has one of its own. */
  static java.util.Optional<String> wordFor(long value) {
    return java.util.stream.Stream.concat(SMALL.entrySet().stream(), TENS.entrySet().stream())
        .filter(entry -> entry.getValue() == value)
        .map(Map.Entry::getKey)
        .findFirst();
  }

  static Reading read(List<Token> tokens, int start) {
    Token first = tokens.get(start);
    if (first.isNumber()) {
      return readDigits(tokens, start);
    }
    return readSpelled(tokens, start);
  }

  private static Reading readDigits(List<Token> tokens, int start) {
    double value = tokens.get(start).number();
    int i = start + 1;
    boolean scaled = false;
    if (i < tokens.size() && tokens.get(i).is("hundred")) {
      value *= 100;
      i++;
    }
    if (i < tokens.size() && SUFFIX_SCALES.containsKey(tokens.get(i).text())) {
      value *= SUFFIX_SCALES.get(tokens.get(i).text());
      scaled = true;
      i++;
    }
    return new Reading(start, i, value, false, scaled);
  }

  private static Reading readSpelled(List<Token> tokens, int start) {
    double total = 0;
    double current = 0;
    boolean any = false;
    boolean scaled = false;
    int i = start;
    int end = start;
    boolean article = false;
    if (isArticle(tokens, i) && i + 1 < tokens.size()) {
      String next = tokens.get(i + 1).text();
      if (next.equals("hundred") || SCALES.containsKey(next)) {
        current = 1;
        article = true;
        i++;
      } else if (next.equals("couple")) {
        return new Reading(start, skipOf(tokens, i + 2), 2, true, false);
      }
    }
    int last = article ? SMALL_WORD : ANY_WORD;
    while (i < tokens.size()) {
      String w = tokens.get(i).text();
      if (SMALL.containsKey(w)
          && (last == ANY_WORD || (last == TENS_WORD && SMALL.get(w) >= 1 && SMALL.get(w) <= 9))) {
        current += SMALL.get(w);
        last = SMALL_WORD;
      } else if (TENS.containsKey(w) && last == ANY_WORD) {
        current += TENS.get(w);
        last = TENS_WORD;
      } else if (w.equals("hundred") && current > 0 && last != ANY_WORD) {
        current *= 100;
        last = ANY_WORD;
      } else if (SCALES.containsKey(w) && current > 0) {
        total += current * SCALES.get(w);
        current = 0;
        scaled = true;
        last = ANY_WORD;
      } else if (w.equals("and")
          && any
          && last == ANY_WORD
          && i + 1 < tokens.size()
          && (SMALL.containsKey(tokens.get(i + 1).text())
              || TENS.containsKey(tokens.get(i + 1).text()))
          && (!SCALES.containsKey(tokens.get(i - 1).text()) || hundredFollows(tokens, i + 1))) {
        // "ninety thousand and five hundred" is one figure; "ninety-two thousand and three days"
        // is two
        i++;
        continue;
      } else {
        break;
      }
      any = true;
      i++;
      end = i;
    }
    if (!any) {
      return null;
    }
    double value = total + current;
    if (end < tokens.size() && (tokens.get(end).is("grand") || tokens.get(end).is("k"))) {
      return new Reading(start, end + 1, value * 1e3, true, true); // "ten grand"
    }
    return new Reading(start, end, value, true, scaled);
  }

  private static boolean hundredFollows(List<Token> tokens, int i) {
    int j = i;
    while (j < tokens.size()
        && (SMALL.containsKey(tokens.get(j).text()) || TENS.containsKey(tokens.get(j).text()))) {
      j++;
    }
    return j < tokens.size() && tokens.get(j).is("hundred");
  }

  private static int skipOf(List<Token> tokens, int i) {
    return i < tokens.size() && tokens.get(i).is("of") ? i + 1 : i;
  }

  private static boolean isArticle(List<Token> tokens, int i) {
    return tokens.get(i).is("a") || tokens.get(i).is("an");
  }

  /** A day of the month at {@code i} ("3", "3rd", "third", "twenty-first"), or null. */
  static Reading readDayOfMonth(List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return null;
    }
    Token token = tokens.get(i);
    if (token.isNumber()) {
      double day = token.number();
      if (day != Math.rint(day) || day < 1 || day > 31 || token.text().length() > 2) {
        return null;
      }
      int end = i + 1;
      if (end < tokens.size() && ORDINAL_SUFFIXES.contains(tokens.get(end).text())) {
        end++;
      }
      return new Reading(i, end, day, false, false);
    }
    if (ORDINALS.containsKey(token.text())) {
      return new Reading(i, i + 1, ORDINALS.get(token.text()), true, false);
    }
    if ((token.is("twenty") || token.is("thirty")) && i + 1 < tokens.size()) {
      Integer unit = ORDINALS.get(tokens.get(i + 1).text());
      if (unit != null && unit < 10) {
        int day = TENS.get(token.text()) + unit;
        return day <= 31 ? new Reading(i, i + 2, day, true, false) : null;
      }
    }
    return null;
  }
}
