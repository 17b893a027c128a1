package dev.parley.scenarios;

import java.util.List;

/** A scenario file that cannot be used, with every problem found in it. */
public final class ScenarioFileException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<ScenarioProblem> problems;

  public ScenarioFileException(List<ScenarioProblem> problems) {
    super(String.join("; ", problems.stream().map(ScenarioProblem::toString).toList()));
    this.problems = List.copyOf(problems);
  }

  public List<ScenarioProblem> problems() {
    return problems;
  }
}
