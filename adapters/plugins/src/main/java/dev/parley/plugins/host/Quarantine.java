package dev.parley.plugins.host;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Personas that keep timing out: after {@link #LIMIT} timeouts in a row a persona is suspended (not
 * offered, its turns refused at once) until its plugin is loaded again (an upgrade, or a restart of
 * the server). An answer in time resets its count.
 */
final class Quarantine {

  /** Timeouts in a row that suspend a persona. */
  static final int LIMIT = 3;

  private record Record(long load, int timeoutsInARow) {}

  private final Map<String, Record> byPersona = new ConcurrentHashMap<>();

  /** {@code personaId}, as created by load {@code load} of its plugin, timed out. */
  void timedOut(String personaId, long load) {
    byPersona.merge(
        personaId,
        new Record(load, 1),
        (before, now) ->
            before.load() == load ? new Record(load, before.timeoutsInARow() + 1) : now);
  }

  /** {@code personaId} answered in time. */
  void answered(String personaId, long load) {
    byPersona.computeIfPresent(personaId, (id, record) -> record.load() <= load ? null : record);
  }

  /** True while {@code personaId}, as created by load {@code load}, is suspended. */
  boolean holds(String personaId, long load) {
    Record record = byPersona.get(personaId);
    return record != null && record.load() == load && record.timeoutsInARow() >= LIMIT;
  }

  /** How many personas are suspended now (by whatever load). */
  int size() {
    return (int) byPersona.values().stream().filter(r -> r.timeoutsInARow() >= LIMIT).count();
  }
}
