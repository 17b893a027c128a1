package dev.parley.persona.api.rehearsal;

import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.scenario.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every reply of a persona's rehearsals against the four scripted counterparts on the given
 * scenarios, three seeds each, one line per reply (move, phase, confidence, text, reasoning):
 * pinned in a file, they show that a change made for speed changed nothing a learner would see.
 */
public final class PinnedRehearsals {

  /** The file, among a test's resources, that holds the pinned lines. */
  public static final String PINNED = "rehearsed-moves.txt";

  private PinnedRehearsals() {}

  /**
   * The lines pinned for {@code test} (its resource {@link #PINNED}), to compare with {@code
   * actual}; with {@code -Dparley.pin.write=true} it first rewrites the source file with {@code
   * actual}, after a deliberate change of behaviour, whose diff is then reviewed.
   */
  public static List<String> pinned(Class<?> test, List<String> actual) throws IOException {
    if (Boolean.getBoolean("parley.pin.write")) {
      Files.writeString(Path.of("src/test/resources", PINNED), String.join("\n", actual) + "\n");
    }
    try (InputStream in = test.getResourceAsStream("/" + PINNED)) {
      if (in == null) {
        throw new IllegalStateException(PINNED + " is missing from the test's resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  public static List<String> of(Persona persona, List<Scenario> scenarios) {
    Map<String, Rehearsal.Counterpart> people = new LinkedHashMap<>();
    people.put("naive", Counterparts.naiveAcceptor());
    people.put("hard", Counterparts.hardBargainer());
    people.put("collaborator", Counterparts.collaborator());
    people.put("varied", Counterparts.varied());
    List<String> lines = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      for (var person : people.entrySet()) {
        for (long seed = 1; seed <= 3; seed++) {
          Rehearsal.Outcome outcome =
              Rehearsal.play(persona, scenario, person.getValue(), new UUID(7, seed));
          lines.add(
              "# "
                  + scenario.id()
                  + " / "
                  + person.getKey()
                  + " / seed "
                  + seed
                  + ": deal "
                  + outcome.deal()
                  + ", walked away "
                  + outcome.walkedAway()
                  + ", rounds "
                  + outcome.rounds());
          for (PersonaReply reply : outcome.replies()) {
            lines.add(
                reply.move()
                    + " | "
                    + reply.phase()
                    + " | "
                    + reply.confidence()
                    + " | "
                    + reply.text().replace('\n', ' ')
                    + " | "
                    + reply.reasoning().replace('\n', ' '));
          }
        }
      }
    }
    return lines;
  }
}
