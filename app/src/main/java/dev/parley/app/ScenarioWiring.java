package dev.parley.app;

import dev.parley.domain.scenario.ScenarioCatalogue;
import dev.parley.scenarios.ScenarioLibrary;
import dev.parley.scenarios.ScenarioProblem;
import java.io.PrintStream;

/**
 * The scenarios on offer: the built-in files and those of {@code SCENARIOS_DIR}. A teacher's file
 * with problems is left out with one line per problem naming the file and the field; the server
 * starts with the others.
 */
final class ScenarioWiring {

  private static final System.Logger LOG = System.getLogger(ScenarioWiring.class.getName());

  private ScenarioWiring() {}

  static ScenarioCatalogue catalogue(Configuration config, PrintStream out) {
    ScenarioLibrary.Loaded loaded = ScenarioLibrary.load(config.scenariosDir().orElse(null));
    for (ScenarioProblem problem : loaded.problems()) {
      LOG.log(System.Logger.Level.WARNING, "scenario file left out: {0}", problem);
      out.println("scenario file left out: " + problem);
    }
    return loaded.catalogue();
  }
}
