package dev.parley.selfplay;

import dev.parley.domain.scenario.Scenario;
import dev.parley.reader.OfferReading;
import java.util.ArrayList;
import java.util.List;

/**
 * Every style against every persona on every scenario, {@code sessions} times each. A session's
 * seed depends on the style, the scenario, its index and the run's seed, not on the persona, so
 * each persona meets the same scripted learners saying the same first words.
 */
final class SelfPlayRun {

  private SelfPlayRun() {}

  static List<Session> play(
      List<Personas.Entry> personas, List<Style> styles, int sessions, long seed) {
    SessionPlay play = new SessionPlay(new OfferReading());
    List<Session> results = new ArrayList<>();
    for (Style style : styles) {
      for (Personas.Entry persona : personas) {
        for (Scenario scenario : Scenarios.all()) {
          for (int i = 0; i < sessions; i++) {
            long sessionSeed = mix(mix(mix(seed, style.ordinal()), scenario.id().hashCode()), i);
            results.add(play.play(style, persona.persona(), scenario, i, sessionSeed));
          }
        }
      }
    }
    return results;
  }

  /** SplitMix64's finaliser over the pair: nearby inputs give unrelated seeds. */
  static long mix(long seed, long value) {
    long z = seed + 0x9E3779B97F4A7C15L * (value + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
