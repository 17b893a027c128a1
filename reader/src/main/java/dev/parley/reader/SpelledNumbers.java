package dev.parley.reader;

import java.util.Map;
import java.util.Optional;

/**
 * How people spell small whole numbers: the words the offer reader and the leak guard both read.
 */
public final class SpelledNumbers {
  /** "zero" to "nineteen", by word. */
  public static final Map<String, Integer> SMALL =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19));

  /** "twenty" to "ninety", by word. */
  public static final Map<String, Integer> TENS =
      Map.of(
          "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
          "eighty", 80, "ninety", 90);

  private SpelledNumbers() {}

  /** The word for {@code value} ("three" for 3), for 0 to 19 and the tens; empty otherwise. */
  public static Optional<String> wordFor(long value) {
    return NumberWords.wordFor(value);
  }
}
