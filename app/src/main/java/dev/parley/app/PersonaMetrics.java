package dev.parley.app;

import dev.parley.http.HttpMetrics;
import dev.parley.plugins.host.IsolatedPersonaCatalogue;

/** The persona host's numbers on {@code /observe/metrics}. */
final class PersonaMetrics {
  private PersonaMetrics() {}

  static void register(HttpMetrics metrics, IsolatedPersonaCatalogue droppedIn) {
    metrics.gauge(
        "parley_persona_turns_timed_out",
        "Turns of dropped-in personas that ran past the AI deadline, since start.",
        droppedIn::timedOutTurns);
    metrics.gauge(
        "parley_persona_threads_stuck",
        "Threads of timed-out turns in the persona host that ignored the interrupt.",
        droppedIn::stuckThreads);
    metrics.gauge(
        "parley_persona_host_starts",
        "Times the persona host process was started (more than 1: it died and was restarted).",
        droppedIn::hostStarts);
    metrics.gauge(
        "parley_personas_quarantined",
        "Dropped-in personas suspended for timing out turn after turn.",
        droppedIn::quarantined);
  }
}
