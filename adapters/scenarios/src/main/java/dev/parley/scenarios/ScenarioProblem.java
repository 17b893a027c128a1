package dev.parley.scenarios;

/**
 * What is wrong with a scenario file, precisely enough to fix it: the file, the field (a path such
 * as {@code issues[0].person.weight}, or {@code $} for the whole file) and what is wrong.
 */
public record ScenarioProblem(String file, String field, String message) {

  @Override
  public String toString() {
    return file + ": " + field + ": " + message;
  }
}
