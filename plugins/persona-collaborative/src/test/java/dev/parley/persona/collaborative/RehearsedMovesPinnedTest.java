package dev.parley.persona.collaborative;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.persona.api.rehearsal.PinnedRehearsals;
import dev.parley.scenarios.ScenarioLibrary;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins every reply (move with its exact terms, phase, confidence, words and reasoning) of
 * rehearsals against each scripted counterpart on every built-in scenario, so a change meant only
 * to make the persona faster cannot change what it decides or says. After a deliberate change of
 * behaviour, rewrite the file with {@code -Dparley.pin.write=true} and review its diff.
 */
class RehearsedMovesPinnedTest {

  @Test
  void rehearsalsReplyExactlyAsPinned() throws IOException {
    List<String> actual =
        PinnedRehearsals.of(new CollaborativePersona(), ScenarioLibrary.builtIn().all());
    assertThat(actual).containsExactlyElementsOf(PinnedRehearsals.pinned(getClass(), actual));
  }
}
