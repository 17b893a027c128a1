package dev.parley.domain.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing the persona knows about its side and may tell the person when asked: the remote-work
 * policy, what the benefits are, why the budget is what it is. A fact is public to the persona's
 * character but not in the person's brief: the person learns it by asking.
 *
 * @param topic a short name for people ("remote work")
 * @param askedAs lower-case words or phrases a question about it contains ("remote", "wfh")
 * @param answer what the persona says, true in the scenario and free of its private limits
 * @param negotiable whether the persona's side may move on it (the answer says so in words)
 */
public record Fact(String topic, List<String> askedAs, String answer, boolean negotiable) {

  public Fact {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(answer, "answer");
    askedAs = askedAs.stream().map(word -> word.strip().toLowerCase(Locale.ROOT)).toList();
    if (topic.isBlank() || answer.isBlank()) {
      throw new IllegalArgumentException("a fact needs a topic and an answer");
    }
    if (askedAs.isEmpty() || askedAs.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException(topic + ": a fact needs the words a question uses for it");
    }
  }
}
