package dev.parley.selfplay;

import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.ScenarioCatalogue;
import java.util.List;

/** Where self-play gets its scenarios: the one place to change when they move to data files. */
final class Scenarios {

  private Scenarios() {}

  static List<Scenario> all() {
    return ScenarioCatalogue.builtIn().all();
  }
}
