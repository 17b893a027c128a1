package dev.parley.reader;

import java.util.Optional;

/** How people spell small whole numbers, from the same words the offer reader understands. */
public final class SpelledNumbers {
  private SpelledNumbers() {}

  /** The word for {@code value} ("three" for 3), for 0 to 19 and the tens; empty otherwise. */
  public static Optional<String> wordFor(long value) {
    return NumberWords.wordFor(value);
  }
}
