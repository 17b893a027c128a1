package dev.parley.persona.api;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.scenario.Issue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the person said last, as a persona may refer to it: the text, the issues it mentions, and
 * whether it asked something.
 */
public record PersonsWords(String text, List<Issue> mentioned, boolean question) {

  public PersonsWords {
    mentioned = List.copyOf(mentioned);
  }

  public static PersonsWords of(PersonaTurn turn) {
    Optional<Message> last =
        turn.transcript().reversed().stream()
            .filter(message -> message.sender() == Sender.USER)
            .findFirst();
    String text = last.map(Message::content).orElse("");
    String lower = text.toLowerCase(Locale.ROOT);
    List<Issue> mentioned = new ArrayList<>();
    for (Issue issue : turn.scenario().issues()) {
      String label = issue.label().toLowerCase(Locale.ROOT);
      String key = issue.key().replace('_', ' ');
      String firstWord = label.split(" ")[0];
      if (lower.contains(label) || lower.contains(key) || containsWord(lower, firstWord)) {
        mentioned.add(issue);
      }
    }
    return new PersonsWords(text, mentioned, text.contains("?"));
  }

  public boolean isEmpty() {
    return text.isBlank();
  }

  private static boolean containsWord(String text, String word) {
    return word.length() > 3
        && text.matches("(?s).*\\b" + java.util.regex.Pattern.quote(word) + "\\b.*");
  }
}
