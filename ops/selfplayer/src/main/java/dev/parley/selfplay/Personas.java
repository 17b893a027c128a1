package dev.parley.selfplay;

import dev.parley.domain.persona.Persona;
import dev.parley.persona.api.PersonaSettings;
import dev.parley.persona.collaborative.CollaborativePersonaExtension;
import dev.parley.persona.hardball.HardballPersonaExtension;
import dev.parley.persona.llm.OfflineLlmPersona;
import java.util.List;
import java.util.Map;

/** The personas self-play plays against, each with a note on how it runs here. */
final class Personas {

  /** A persona and how it runs in self-play. */
  record Entry(Persona persona, String note) {
    String id() {
      return persona.descriptor().id();
    }
  }

  private Personas() {}

  static List<Entry> all() {
    PersonaSettings none = PersonaSettings.of(Map.of());
    return List.of(
        new Entry(new HardballPersonaExtension().create(none).orElseThrow(), "rule-based"),
        new Entry(new CollaborativePersonaExtension().create(none).orElseThrow(), "rule-based"),
        new Entry(
            OfflineLlmPersona.create(),
            "no model service here: every turn is its deterministic rule-based fallback"
                + " (PlainVoice), no network"));
  }
}
