package dev.parley.selfplay;

import dev.parley.domain.scenario.Scenario;
import dev.parley.scenarios.ScenarioLibrary;
import java.util.List;

/** Where self-play gets its scenarios: the built-in scenario files. */
final class Scenarios {

  private Scenarios() {}

  static List<Scenario> all() {
    return ScenarioLibrary.builtIn().all();
  }
}
