package dev.parley.persona.api;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.scenario.Fact;
import dev.parley.domain.scenario.FactSheet;
import dev.parley.domain.scenario.Issue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the person said, as a persona may refer to it: the text of their last message, the issues it
 * mentions, whether it asked something and which fact of the persona's {@link FactSheet} the
 * question is about, and the issues the person said matter to them (in any of their messages: "the
 * salary is what matters most to me").
 *
 * <p>A persona may only tell the person what matters to them from {@link #stressed()}: that the
 * person proposed a value, or mentioned an issue, says nothing about how much they care.
 */
public record PersonsWords(
    String text,
    List<Issue> mentioned,
    boolean question,
    List<Issue> stressed,
    Optional<Fact> askedAbout) {

  /** Words that, in a sentence naming an issue, say the issue matters to the speaker. */
  private static final List<String> STRESS =
      List.of(
          "important",
          "matters",
          "matter",
          "priority",
          "priorities",
          "care",
          "crucial",
          "essential",
          "key",
          "most",
          "really need",
          "must have",
          "non-negotiable");

  public PersonsWords {
    mentioned = List.copyOf(mentioned);
    stressed = List.copyOf(stressed);
    java.util.Objects.requireNonNull(askedAbout, "askedAbout");
  }

  /** The last message's words, with nothing stressed and no fact asked about. */
  public PersonsWords(String text, List<Issue> mentioned, boolean question) {
    this(text, mentioned, question, List.of(), Optional.empty());
  }

  public static PersonsWords of(PersonaTurn turn) {
    Optional<Message> last =
        turn.transcript().reversed().stream()
            .filter(message -> message.sender() == Sender.USER)
            .findFirst();
    String text = last.map(Message::content).orElse("");
    List<Issue> mentioned = mentionedIn(text.toLowerCase(Locale.ROOT), turn.scenario().issues());
    List<Issue> stressed = new ArrayList<>();
    for (Message message : turn.transcript()) {
      if (message.sender() != Sender.USER) {
        continue;
      }
      for (String sentence : Phrases.sentences(message.content())) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (saysItMatters(lower)) {
          for (Issue issue : mentionedIn(lower, turn.scenario().issues())) {
            if (!stressed.contains(issue)) {
              stressed.add(issue);
            }
          }
        }
      }
    }
    List<Issue> inOrder = turn.scenario().issues().stream().filter(stressed::contains).toList();
    boolean question = text.contains("?") || turn.latestMove() instanceof Move.Ask;
    Optional<Fact> askedAbout =
        question ? turn.scenario().factSheet().about(text) : Optional.empty();
    return new PersonsWords(text, mentioned, question, inOrder, askedAbout);
  }

  public boolean isEmpty() {
    return text.isBlank();
  }

  /** True when the person said {@code issue} matters to them. */
  public boolean stresses(Issue issue) {
    return stressed.contains(issue);
  }

  /**
   * True when a sentence says something matters to the speaker: a stress word, and not a question
   * ("what matters most to you?"), not about the listener, not negated ("doesn't matter").
   */
  private static boolean saysItMatters(String lower) {
    if (lower.endsWith("?")
        || lower.contains("to you")
        || lower.contains("for you")
        || lower.contains("n't")
        || containsWord(lower, "not")
        || containsWord(lower, "less")
        || containsWord(lower, "least")) {
      return false;
    }
    return STRESS.stream().anyMatch(word -> containsWord(lower, word));
  }

  private static List<Issue> mentionedIn(String lower, List<Issue> issues) {
    List<Issue> mentioned = new ArrayList<>();
    for (Issue issue : issues) {
      String label = issue.label().toLowerCase(Locale.ROOT);
      String key = issue.key().replace('_', ' ');
      int space = label.indexOf(' ');
      String firstWord = space < 0 ? label : label.substring(0, space);
      if (lower.contains(label)
          || lower.contains(key)
          || (firstWord.length() > 3 && containsWord(lower, firstWord))) {
        mentioned.add(issue);
      }
    }
    return mentioned;
  }

  /** True when {@code word} occurs in {@code text} with no letter or digit right around it. */
  private static boolean containsWord(String text, String word) {
    int from = 0;
    while (true) {
      int at = text.indexOf(word, from);
      if (at < 0) {
        return false;
      }
      int end = at + word.length();
      boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (before && after) {
        return true;
      }
      from = at + 1;
    }
  }
}
