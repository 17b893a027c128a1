package dev.parley.socketio;

import java.util.OptionalLong;

/**
 * An acknowledgement id as the reference server holds it: a JavaScript number. The reference
 * decoder reads the id with {@code Number()}, so an id past 2^53 is rounded, a very long one is
 * {@code Infinity}, whitespace around it is ignored and whitespace inside makes it {@code NaN}; the
 * acknowledgement then carries that number back as JavaScript writes it ({@code 43NaN[...]}).
 *
 * @param value the number; ids this server issues are small whole numbers
 */
public record AckId(double value) {

  public static AckId of(long id) {
    return new AckId(id);
  }

  /**
   * The id the reference decoder reads from {@code run}: the digits and JavaScript whitespace that
   * follow the namespace (see {@link #isIdCharacter}).
   */
  static AckId read(String run) {
    String number = strip(run);
    if (number.isEmpty()) {
      return new AckId(0); // Number("") and Number(" ") are 0
    }
    for (int i = 0; i < number.length(); i++) {
      if (!isDigit(number.charAt(i))) {
        return new AckId(Double.NaN); // whitespace between digits
      }
    }
    // correctly rounded, as JavaScript's Number(); Infinity past the largest double
    return new AckId(Double.parseDouble(number));
  }

  /**
   * The characters the reference decoder takes into an id: those {@code c} for which JavaScript's
   * {@code Number(c) == c}, the digits and every JavaScript whitespace character.
   */
  static boolean isIdCharacter(char c) {
    return isDigit(c) || isJsWhitespace(c);
  }

  /** The id as JavaScript's {@code String(number)} writes it on the wire. */
  public String wire() {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Infinity" : "-Infinity";
    }
    return JsNumbers.format(value);
  }

  /** The id as a whole number, when it is one a pending acknowledgement can have. */
  public OptionalLong asLong() {
    if (Double.isFinite(value) && value == Math.rint(value) && Math.abs(value) < 0x1p63) {
      return OptionalLong.of((long) value);
    }
    return OptionalLong.empty();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** ECMAScript's WhiteSpace and LineTerminator, which {@code Number()} trims. */
  private static boolean isJsWhitespace(char c) {
    return switch (c) {
      case '\t', '\n', '\u000B', '\f', '\r', '\u2028', '\u2029', '\uFEFF' -> true;
      default -> Character.getType(c) == Character.SPACE_SEPARATOR;
    };
  }

  private static String strip(String run) {
    int start = 0;
    int end = run.length();
    while (start < end && isJsWhitespace(run.charAt(start))) {
      start++;
    }
    while (end > start && isJsWhitespace(run.charAt(end - 1))) {
      end--;
    }
    return run.substring(start, end);
  }

  @Override
  public String toString() {
    return wire();
  }
}
