package dev.parley.persona.collaborative;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.persona.api.rehearsal.PinnedRehearsals;
import dev.parley.scenarios.ScenarioLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins every reply (move with its exact terms, phase, confidence, words and reasoning) of
 * rehearsals against each scripted counterpart on every built-in scenario, so a change meant only
 * to make the persona faster cannot change what it decides or says. After a deliberate change of
 * behaviour, rewrite the file with {@code -Dparley.pin.write=true} and review its diff.
 */
class RehearsedMovesPinnedTest {

  private static final String PINNED = "rehearsed-moves.txt";

  @Test
  void rehearsalsReplyExactlyAsPinned() throws IOException {
    String actual = String.join("\n", rehearsals()) + "\n";
    if (Boolean.getBoolean("parley.pin.write")) {
      Files.writeString(Path.of("src/test/resources", PINNED), actual);
    }
    try (InputStream pinned = getClass().getResourceAsStream("/" + PINNED)) {
      assertThat(pinned).as(PINNED).isNotNull();
      String expected = new String(pinned.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(actual.lines().toList()).containsExactlyElementsOf(expected.lines().toList());
    }
  }

  private static List<String> rehearsals() {
    return PinnedRehearsals.of(new CollaborativePersona(), ScenarioLibrary.builtIn().all());
  }
}
