package dev.parley.selfplay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** results.csv (one row per session) and report.md (the tables and the checks). */
final class Reports {

  private Reports() {}

  static void csv(List<Session> sessions, Path file) throws IOException {
    StringBuilder out =
        new StringBuilder(
            "style,persona,scenario,session,seed,ending,deal,rounds,claiming,creating,relationship,"
                + "overall,learner_utility,beyond_reservation,leaks,persona_sentences,"
                + "repeated_sentences,learner_messages,misreads\n");
    for (Session s : sessions) {
      out.append(
          String.join(
              ",",
              s.style().label(),
              s.persona(),
              s.scenario(),
              Integer.toString(s.index()),
              Long.toString(s.seed()),
              s.ending(),
              Boolean.toString(s.deal()),
              Integer.toString(s.rounds()),
              Integer.toString(s.claiming()),
              Integer.toString(s.creating()),
              Integer.toString(s.relationship()),
              Integer.toString(s.overall()),
              String.format(Locale.ROOT, "%.4f", s.learnerUtility()),
              Boolean.toString(s.beyondReservation()),
              Integer.toString(s.leaks()),
              Integer.toString(s.personaSentences()),
              Integer.toString(s.repeatedSentences()),
              Integer.toString(s.learnerMessages()),
              Integer.toString(s.misreads())));
      out.append('\n');
    }
    Files.writeString(file, out, StandardCharsets.UTF_8);
  }

  /** A markdown table of tallies; {@code withScenario} adds the scenario column. */
  static String table(List<Tally> tallies, boolean withScenario) {
    StringBuilder out = new StringBuilder();
    out.append("| style | persona |");
    if (withScenario) {
      out.append(" scenario |");
    }
    out.append(
        " sessions | deal rate | claiming | creating | relationship | learner utility | rounds |"
            + " beyond reservation | leaks | repeated sentences | misreads |\n");
    out.append("|---|---|");
    if (withScenario) {
      out.append("---|");
    }
    out.append("---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Tally t : tallies) {
      out.append("| ").append(t.style()).append(" | ").append(t.persona()).append(" |");
      if (withScenario) {
        out.append(' ').append(t.scenario()).append(" |");
      }
      out.append(
          String.format(
              Locale.ROOT,
              " %d | %.0f %% | %.1f | %.1f | %.1f | %.3f | %.1f | %d | %d | %.1f %% | %d of %d"
                  + " (%.1f %%) |%n",
              t.sessions(),
              100 * t.dealRate(),
              t.claiming(),
              t.creating(),
              t.relationship(),
              t.utility(),
              t.rounds(),
              t.beyondReservation(),
              t.leaks(),
              100 * t.repetition(),
              t.misreads(),
              t.learnerMessages(),
              100 * t.misreadRate()));
    }
    return out.toString();
  }

  static void markdown(
      String runId,
      String command,
      int sessionsEach,
      long seed,
      List<Personas.Entry> personas,
      List<Session> sessions,
      List<Orderings.Check> checks,
      Path file)
      throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("# Self-play report ").append(runId).append("\n\n");
    out.append("Command: `").append(command).append("`, ").append(sessionsEach);
    out.append(" sessions per style × persona × scenario, seed ").append(seed).append(".\n\n");
    out.append("Personas:\n\n");
    for (Personas.Entry persona : personas) {
      out.append("- `").append(persona.id()).append("`: ").append(persona.note()).append('\n');
    }
    out.append(
        "\nMeans are over every session (no deal scores 0 claiming and 0 creating; its learner"
            + " utility is that of the learner's own walk-away package). Every learner message is"
            + " read by the product's reader (OfferReading); a misread is a reading that is not"
            + " the move the script meant.\n\n");
    out.append("## Checks\n\n");
    for (Orderings.Check check : checks) {
      out.append("- ").append(check.line()).append('\n');
    }
    out.append("\n## Per style × persona\n\n").append(table(Tally.byStylePersona(sessions), false));
    out.append("\n## Per style (all personas)\n\n").append(table(Tally.byStyle(sessions), false));
    out.append("\n## Per persona (all styles)\n\n").append(table(Tally.byPersona(sessions), false));
    out.append("\n## Per style × persona × scenario\n\n")
        .append(table(Tally.byStylePersonaScenario(sessions), true));
    // the same note in many sessions is one line, counted, with the first session it came from
    Map<String, List<String>> notes = new LinkedHashMap<>();
    for (Session s : sessions) {
      String where =
          s.style().label() + " / " + s.persona() + " / " + s.scenario() + " #" + s.index();
      s.notes().forEach(note -> notes.computeIfAbsent(note, n -> new ArrayList<>()).add(where));
    }
    out.append(
        "\n## Notes (misreads, leaks, repeats, declined restatements, deals beyond a reservation)\n\n");
    if (notes.isEmpty()) {
      out.append("None.\n");
    }
    notes.forEach(
        (note, where) ->
            out.append(
                String.format(
                    Locale.ROOT,
                    "- %d × %s (first: %s)%n",
                    where.size(),
                    note.replace("|", "\\|"),
                    where.getFirst())));
    Files.writeString(file, out, StandardCharsets.UTF_8);
  }
}
