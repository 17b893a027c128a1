package dev.parley.reader;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns raw chat text into tokens. Total and linear: any string (null, binary junk, emoji, RTL
 * text) gives a list, and input beyond {@link #MAX_CHARS} is ignored so a huge message costs no
 * more than a long one.
 */
final class Tokenizer {
  static final int MAX_CHARS = 4_000;
  static final int MAX_TOKENS = 1_000;
  private static final int MAX_DIGITS = 15;
  private static final int MAX_WORD = 40;
  private static final String CURRENCIES = "$€£¥₹";
  private static final String PUNCTUATION = ",;.!?:/%+-()";

  private Tokenizer() {}

  static List<Token> tokenize(String raw) {
    String text = normalize(raw);
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n && tokens.size() < MAX_TOKENS) {
      char c = text.charAt(i);
      if (isAsciiDigit(c)) {
        i = readNumber(text, i, tokens);
      } else if (Character.isLetter(c)) {
        i = readWord(text, i, tokens);
      } else if (c == '-'
          && i > 0
          && i + 1 < n
          && isWordChar(text.charAt(i - 1))
          && Character.isLetter(text.charAt(i + 1))) {
        i++; // "eighty-five", "six-month", "sign-on": the hyphen joins words, read it as a space
      } else if (CURRENCIES.indexOf(c) >= 0) {
        tokens.add(Token.currency(c));
        i++;
      } else if (PUNCTUATION.indexOf(c) >= 0) {
        tokens.add(Token.punct(c));
        i++;
      } else {
        i++;
      }
    }
    return joinCannot(tokens);
  }

  static String normalize(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    String text = Normalizer.normalize(cap(raw), Normalizer.Form.NFKC);
    text = cap(text).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(
          switch (c) {
            case '\u2018', '\u2019', '\u02bc', '`', '\u00b4' -> '\'';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
            default -> c;
          });
    }
    return out.toString();
  }

  private static String cap(String text) {
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int end = MAX_CHARS;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  private static int readNumber(String text, int start, List<Token> tokens) {
    int n = text.length();
    StringBuilder digits = new StringBuilder();
    int i = start;
    while (i < n && isAsciiDigit(text.charAt(i))) {
      digits.append(text.charAt(i++));
    }
    boolean spaceGrouped = digits.length() <= 3;
    while (spaceGrouped && i < n && text.charAt(i) == ' ' && threeDigitsAt(text, i + 1)) {
      digits.append(text, i + 1, i + 4); // "85 000", as written in much of Europe
      i += 4;
    }
    while (i < n && text.charAt(i) == ',' && threeDigitsAt(text, i + 1)) {
      digits.append(text, i + 1, i + 4);
      i += 4;
      while (i < n && isAsciiDigit(text.charAt(i))) {
        digits.append(text.charAt(i++)); // "85,0000": malformed grouping, keep the digits
      }
    }
    if (i + 1 < n && text.charAt(i) == '.' && isAsciiDigit(text.charAt(i + 1))) {
      digits.append('.');
      i++;
      while (i < n && isAsciiDigit(text.charAt(i))) {
        digits.append(text.charAt(i++));
      }
    }
    if (digits.length() <= MAX_DIGITS) {
      String literal = digits.toString();
      tokens.add(Token.number(literal, Double.parseDouble(literal)));
    }
    return i;
  }

  private static boolean threeDigitsAt(String text, int i) {
    int n = text.length();
    return i + 2 < n
        && isAsciiDigit(text.charAt(i))
        && isAsciiDigit(text.charAt(i + 1))
        && isAsciiDigit(text.charAt(i + 2))
        && (i + 3 == n || !isAsciiDigit(text.charAt(i + 3)));
  }

  private static int readWord(String text, int start, List<Token> tokens) {
    int n = text.length();
    int i = start;
    while (i < n) {
      char c = text.charAt(i);
      boolean innerApostrophe =
          c == '\'' && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && i > start;
      if (isWordChar(c) || innerApostrophe) {
        i++;
      } else {
        break;
      }
    }
    String word = text.substring(start, Math.min(i, start + MAX_WORD));
    for (String part : Contractions.expand(word)) {
      tokens.add(Token.word(part));
    }
    return i;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** "can not" and "cannot" mean the same; one spelling keeps the phrase lists short. */
  private static List<Token> joinCannot(List<Token> tokens) {
    List<Token> joined = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).is("can") && i + 1 < tokens.size() && tokens.get(i + 1).is("not")) {
        joined.add(Token.word("cannot"));
        i++;
      } else {
        joined.add(tokens.get(i));
      }
    }
    return joined;
  }
}
