package dev.parley.reader;

import dev.parley.domain.terms.Terms;
import java.util.List;
import java.util.Objects;

/**
 * What the reader understood of one message.
 *
 * @param intent what the message does
 * @param proposed values the message puts forward, by issue key; relative moves ("5k more") are
 *     already applied to the terms on the table; may repeat values already on the table (an
 *     acceptance that names them)
 * @param bounds floors and ceilings ("at least 80k", "no more than 2 days in office")
 * @param rejected values the message explicitly turns down ("I can't accept 70k"); never also in
 *     {@code proposed} for the same value
 * @param question whether the message asks something (also true for "could you do 90k?", which is a
 *     {@link Intent#PROPOSE})
 * @param guessed some proposed value rests on a guess: a bare number with no issue named near it
 *     and no value on the table to measure it against ("95" alone), so the persona should check
 */
public record ReadMessage(
    Intent intent,
    Terms proposed,
    List<Bound> bounds,
    Terms rejected,
    boolean question,
    boolean guessed) {

  /** What an empty or unreadable message means: nothing. */
  public static final ReadMessage NOTHING =
      new ReadMessage(Intent.OTHER, Terms.NONE, List.of(), Terms.NONE, false, false);

  public ReadMessage {
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(proposed, "proposed");
    Objects.requireNonNull(rejected, "rejected");
    bounds = List.copyOf(bounds);
  }
}
