package dev.parley.persona.api;

import dev.parley.domain.scenario.Fact;
import java.util.Locale;

/**
 * Answers a question from the scenario's fact sheet: the fact the person asked about ({@link
 * PersonsWords#askedAbout()}), in words no earlier reply used. Asked again, a persona says it again
 * differently ("As I said, ...") rather than repeat a sentence or dodge.
 */
public final class FactAnswers {

  private FactAnswers() {}

  /** The answer to what the person asked about, or "" when it asked about nothing on the sheet. */
  public static String answer(PersonsWords words, Phrases phrases) {
    return words.askedAbout().map(fact -> answer(fact, phrases)).orElse("");
  }

  private static String answer(Fact fact, Phrases phrases) {
    String again = lowerFirst(fact.answer());
    String answer =
        phrases.firstFresh(
            fact.answer(),
            "As I said, " + again,
            "Like I mentioned, " + again,
            "To repeat what I told you: " + again);
    return answer.isEmpty()
        ? phrases.freshOr(round -> "Once more, in round " + round + ": " + again)
        : answer;
  }

  private static String lowerFirst(String sentence) {
    return sentence.isEmpty()
        ? sentence
        : sentence.substring(0, 1).toLowerCase(Locale.ROOT) + sentence.substring(1);
  }
}
