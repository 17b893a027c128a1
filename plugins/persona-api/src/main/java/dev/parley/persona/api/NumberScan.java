package dev.parley.persona.api;

import dev.parley.reader.SpelledNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the numbers in a text in one pass, however they are written: digits ("92000"), grouped
 * ("92,000", "92.000", "92 000"), scaled ("92k", "92 thousand", "1.5 million"), spelled
 * ("ninety-two thousand"), and digit by digit ("9 2 0 0 0", "nine two zero zero zero"). Each number
 * comes with the words that follow it, so a caller can tell "28 days" from "28%". No regular
 * expressions: a character pass cuts the text into tokens, a token pass reads the numbers.
 */
final class NumberScan {

  /** A number read from the text. */
  record Mention(double value, boolean decimal, boolean percent, String next, String afterNext) {

    /** True when one of the (up to two) words after the number starts with one of {@code stems}. */
    boolean followedBy(String... stems) {
      for (String stem : stems) {
        if (next.startsWith(stem) || afterNext.startsWith(stem)) {
          return true;
        }
      }
      return false;
    }
  }

  /** The numbers of a text and whether it talks about how much something matters. */
  record Reading(List<Mention> mentions, boolean talksAboutImportance) {}

  private enum Kind {
    DIGITS,
    WORD,
    PERCENT,
    OTHER
  }

  private record Token(Kind kind, String text, int start, int end) {}

  private static final Map<String, Integer> SMALL = SpelledNumbers.SMALL;
  private static final Map<String, Integer> TENS = SpelledNumbers.TENS;
  private static final Map<String, Double> SCALES =
      Map.of(
          "k",
          1e3,
          "thousand",
          1e3,
          "grand",
          1e3,
          "m",
          1e6,
          "mn",
          1e6,
          "million",
          1e6,
          "bn",
          1e9,
          "billion",
          1e9);
  private static final String[] IMPORTANCE = {"weight", "matter", "care", "important", "priorit"};

  private NumberScan() {}

  static Reading read(String text) {
    List<Token> tokens = new ArrayList<>();
    boolean importance = tokenize(text, tokens);
    List<Mention> mentions = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int end = readNumber(text, tokens, i, mentions);
      i = end > i ? end : i + 1;
    }
    return new Reading(mentions, importance);
  }

  /** Cuts {@code text} into tokens (lower case words, digit runs, %), noting importance words. */
  private static boolean tokenize(String text, List<Token> tokens) {
    boolean importance = false;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        int start = i;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          i++;
        }
        tokens.add(new Token(Kind.DIGITS, text.substring(start, i), start, i));
      } else if (Character.isLetter(c)) {
        int start = i;
        StringBuilder word = new StringBuilder();
        while (i < n && Character.isLetter(text.charAt(i))) {
          word.append(Character.toLowerCase(text.charAt(i)));
          i++;
        }
        String lower = word.toString();
        if (!importance) {
          for (String stem : IMPORTANCE) {
            if (lower.contains(stem)) {
              importance = true;
              break;
            }
          }
        }
        tokens.add(new Token(Kind.WORD, lower, start, i));
      } else if (c == '%') {
        tokens.add(new Token(Kind.PERCENT, "%", i, i + 1));
        i++;
      } else {
        if (!isSpace(c) && c != '-' && c != ',' && c != '.') {
          tokens.add(new Token(Kind.OTHER, String.valueOf(c), i, i + 1));
        }
        i++;
      }
    }
    return importance;
  }

  /** Reads the number starting at token {@code i}, if any; returns the token after it. */
  private static int readNumber(String text, List<Token> tokens, int i, List<Mention> out) {
    Token first = tokens.get(i);
    double value;
    boolean decimal = false;
    int next;
    if (first.kind() == Kind.DIGITS) {
      int spaced = digitByDigit(text, tokens, i);
      if (spaced > i + 1) {
        value = concatenated(tokens, i, spaced);
        next = spaced;
      } else {
        int grouped = groups(text, tokens, i);
        StringBuilder digits = new StringBuilder(first.text());
        for (int g = i + 1; g < grouped; g++) {
          digits.append(tokens.get(g).text());
        }
        value = Double.parseDouble(digits.toString());
        next = grouped;
        Token last = tokens.get(grouped - 1);
        if (grouped > i + 1
            && grouped < tokens.size()
            && tokens.get(grouped).kind() == Kind.DIGITS
            && text.charAt(last.end()) != text.charAt(first.end())
            && (gapIs(text, last, tokens.get(grouped), '.')
                || gapIs(text, last, tokens.get(grouped), ','))) {
          // "85,000.50": a decimal part after the groups.
          value = Double.parseDouble(digits + "." + tokens.get(grouped).text());
          decimal = true;
          next = grouped + 1;
        } else if (grouped == i + 1
            && i + 1 < tokens.size()
            && gapIs(text, first, tokens.get(i + 1), '.')
            && tokens.get(i + 1).kind() == Kind.DIGITS) {
          value = Double.parseDouble(first.text() + "." + tokens.get(i + 1).text());
          decimal = true;
          next = i + 2;
        } else if (grouped == i + 1
            && first.start() > 0
            && text.charAt(first.start() - 1) == '.'
            && (first.start() < 2 || !Character.isDigit(text.charAt(first.start() - 2)))) {
          value = Double.parseDouble("0." + first.text());
          decimal = true;
        }
      }
    } else if (first.kind() == Kind.WORD) {
      int spelledDigits = spelledDigitByDigit(text, tokens, i);
      if (spelledDigits > i + 2) {
        StringBuilder digits = new StringBuilder();
        for (int d = i; d < spelledDigits; d++) {
          digits.append(SMALL.get(tokens.get(d).text()));
        }
        value = Double.parseDouble(digits.toString());
        next = spelledDigits;
      } else {
        double[] spelled = new double[1];
        next = spelled(text, tokens, i, spelled);
        if (next == i) {
          return i;
        }
        value = spelled[0];
      }
    } else {
      return i;
    }
    if (next < tokens.size()
        && tokens.get(next).kind() == Kind.WORD
        && SCALES.containsKey(tokens.get(next).text())
        && onlySpaces(text, tokens.get(next - 1).end(), tokens.get(next).start())) {
      value *= SCALES.get(tokens.get(next).text());
      decimal = false;
      next++;
    } else if (next < tokens.size()
        && tokens.get(next).kind() == Kind.WORD
        && tokens.get(next).text().equals("hundred")) {
      value *= 100;
      next++;
    }
    boolean percent =
        next < tokens.size()
            && (tokens.get(next).kind() == Kind.PERCENT
                || tokens.get(next).text().equals("percent")
                || (tokens.get(next).text().equals("per")
                    && next + 1 < tokens.size()
                    && tokens.get(next + 1).text().equals("cent")));
    String after = wordAt(text, tokens, next, tokens.get(next - 1).end());
    String afterNext =
        after.isEmpty() ? "" : wordAt(text, tokens, next + 1, tokens.get(next).end());
    out.add(new Mention(value, decimal, percent, after, afterNext));
    return next;
  }

  /** The word at token {@code index} when only spaces separate it from {@code from}, else "". */
  private static String wordAt(String text, List<Token> tokens, int index, int from) {
    if (index >= tokens.size()) {
      return "";
    }
    Token token = tokens.get(index);
    return token.kind() == Kind.WORD && onlySpacesOrHyphens(text, from, token.start())
        ? token.text()
        : "";
  }

  /**
   * The end of a run of single digits read one by one: split by spaces of any kind and width ("9 2
   * 0 0 0", "9 2 0"), or, from three digits on, by a comma, hyphen or dot with or without spaces
   * around it ("9, 2, 0", "9-2-0", "9.2.0"); one kind of separator throughout.
   */
  private static int digitByDigit(String text, List<Token> tokens, int i) {
    if (tokens.get(i).text().length() != 1) {
      return i + 1;
    }
    int j = i + 1;
    char separator = 0;
    while (j < tokens.size()
        && tokens.get(j).kind() == Kind.DIGITS
        && tokens.get(j).text().length() == 1) {
      char gap = separatorBetween(text, tokens.get(j - 1).end(), tokens.get(j).start());
      if (gap == 0 || (separator != 0 && gap != separator)) {
        break;
      }
      separator = gap;
      j++;
    }
    if (separator != ' ' && j - i < 3) {
      return i + 1;
    }
    return j;
  }

  /**
   * What separates two tokens: {@code ' '} for spaces only, the mark for one comma, hyphen or dot
   * among spaces, and 0 for anything else (or nothing).
   */
  private static char separatorBetween(String text, int from, int to) {
    if (from >= to) {
      return 0;
    }
    char separator = ' ';
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (isSpace(c)) {
        continue;
      }
      if ((c == ',' || c == '-' || c == '.') && separator == ' ') {
        separator = c;
      } else {
        return 0;
      }
    }
    return separator;
  }

  private static double concatenated(List<Token> tokens, int from, int to) {
    StringBuilder digits = new StringBuilder();
    for (int d = from; d < to; d++) {
      digits.append(tokens.get(d).text());
    }
    return Double.parseDouble(digits.toString());
  }

  /** The end of a number grouped in thousands with one separator ("92,000", "1 250 000"). */
  private static int groups(String text, List<Token> tokens, int i) {
    Token first = tokens.get(i);
    if (first.text().length() > 3 || first.text().startsWith("0")) {
      return i + 1;
    }
    char separator = 0;
    int j = i + 1;
    while (j < tokens.size()
        && tokens.get(j).kind() == Kind.DIGITS
        && tokens.get(j).text().length() == 3
        && tokens.get(j - 1).end() + 1 == tokens.get(j).start()) {
      char gap = text.charAt(tokens.get(j - 1).end());
      boolean allowed =
          gap == ',' || gap == '.' || gap == ' ' || gap == '\u00a0' || gap == '\u202f';
      if (!allowed || (separator != 0 && gap != separator)) {
        break;
      }
      separator = gap;
      j++;
    }
    return j;
  }

  /** The end of spelled single digits in a row ("nine two zero"), at least three to count. */
  private static int spelledDigitByDigit(String text, List<Token> tokens, int i) {
    int j = i;
    while (j < tokens.size()
        && tokens.get(j).kind() == Kind.WORD
        && SMALL.containsKey(tokens.get(j).text())
        && SMALL.get(tokens.get(j).text()) <= 9
        && (j == i
            || separatorBetween(text, tokens.get(j - 1).end(), tokens.get(j).start()) != 0)) {
      j++;
    }
    return j;
  }

  /**
   * Reads a spelled number ("ninety-two thousand five hundred", "a hundred") from token {@code i}
   * into {@code value[0]}; returns the token after it, or {@code i} when none starts there.
   */
  private static int spelled(String text, List<Token> tokens, int i, double[] value) {
    double total = 0;
    double current = 0;
    boolean any = false;
    int last = 0; // 0: anything may follow, 1: after a tens word, 2: after a small word
    int j = i;
    int end = i;
    if (tokens.get(i).text().equals("a")
        && i + 1 < tokens.size()
        && (tokens.get(i + 1).text().equals("hundred")
            || tokens.get(i + 1).text().equals("thousand")
            || tokens.get(i + 1).text().equals("million"))) {
      current = 1;
      last = 2;
      j++;
    }
    while (j < tokens.size() && tokens.get(j).kind() == Kind.WORD) {
      if (j > i && !onlySpacesOrHyphens(text, tokens.get(j - 1).end(), tokens.get(j).start())) {
        break;
      }
      String w = tokens.get(j).text();
      if (SMALL.containsKey(w)
          && (last == 0 || (last == 1 && SMALL.get(w) >= 1 && SMALL.get(w) <= 9))) {
        current += SMALL.get(w);
        last = 2;
      } else if (TENS.containsKey(w) && last == 0) {
        current += TENS.get(w);
        last = 1;
      } else if (w.equals("hundred") && current > 0 && last != 0) {
        current *= 100;
        last = 0;
      } else if ((w.equals("thousand") || w.equals("million") || w.equals("billion"))
          && current > 0) {
        total += current * SCALES.get(w);
        current = 0;
        last = 0;
      } else if (w.equals("and")
          && any
          && j + 1 < tokens.size()
          && (SMALL.containsKey(tokens.get(j + 1).text())
              || TENS.containsKey(tokens.get(j + 1).text()))) {
        j++;
        continue;
      } else {
        break;
      }
      any = true;
      j++;
      end = j;
    }
    if (!any) {
      return i;
    }
    value[0] = total + current;
    return end;
  }

  private static boolean gapIs(String text, Token left, Token right, char gap) {
    return right.start() == left.end() + 1 && text.charAt(left.end()) == gap;
  }

  private static boolean onlySpaces(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!isSpace(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean onlySpacesOrHyphens(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (!isSpace(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
