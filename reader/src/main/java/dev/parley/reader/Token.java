package dev.parley.reader;

/** One lexical unit of a normalised message: a word, a number, a currency symbol or punctuation. */
record Token(Kind kind, String text, double number) {

  enum Kind {
    WORD,
    NUMBER,
    CURRENCY,
    PUNCT
  }

  static Token word(String text) {
    return new Token(Kind.WORD, text, Double.NaN);
  }

  static Token number(String text, double value) {
    return new Token(Kind.NUMBER, text, value);
  }

  static Token currency(char symbol) {
    return new Token(Kind.CURRENCY, String.valueOf(symbol), Double.NaN);
  }

  static Token punct(char symbol) {
    return new Token(Kind.PUNCT, String.valueOf(symbol), Double.NaN);
  }

  boolean is(String word) {
    return text.equals(word);
  }

  boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  /** Punctuation that ends a clause: a name on one side does not describe a number on the other. */
  boolean endsClause() {
    return kind == Kind.PUNCT && ",;.!?".contains(text);
  }
}
