package dev.parley.domain.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scenarios on offer, by id. The built-in ones are data files read by the scenarios adapter
 * ({@code adapters/scenarios}); a catalogue only holds them.
 */
public final class ScenarioCatalogue {

  private final Map<String, Scenario> byId = new LinkedHashMap<>();

  public ScenarioCatalogue(List<Scenario> scenarios) {
    for (Scenario scenario : scenarios) {
      if (byId.put(scenario.id(), scenario) != null) {
        throw new IllegalArgumentException("duplicate scenario id " + scenario.id());
      }
    }
  }

  public List<Scenario> all() {
    return List.copyOf(byId.values());
  }

  public Optional<Scenario> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }
}
