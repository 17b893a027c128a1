package dev.parley.scenarios;

import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.ScenarioCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The scenarios a server offers: the built-in files shipped in this module, then every {@code
 * .yaml} or {@code .yml} file of a teacher's directory ({@code SCENARIOS_DIR}). A file that cannot
 * be used is left out with its problems; the others are offered.
 */
public final class ScenarioLibrary {

  /** The built-in files, in the order they are offered; listed because a jar cannot be listed. */
  static final List<String> BUILT_IN =
      List.of("salary-offer.yaml", "freelance-contract.yaml", "used-car.yaml");

  /** What was loaded, and what was left out and why. */
  public record Loaded(ScenarioCatalogue catalogue, List<ScenarioProblem> problems) {
    public Loaded {
      problems = List.copyOf(problems);
    }
  }

  private ScenarioLibrary() {}

  /** The built-in scenarios; a broken built-in file is a bug of this build, so it throws. */
  public static ScenarioCatalogue builtIn() {
    Loaded loaded = load(null);
    if (!loaded.problems().isEmpty()) {
      throw new IllegalStateException("a built-in scenario is broken: " + loaded.problems());
    }
    return loaded.catalogue();
  }

  /** The built-in scenarios and those of {@code directory} (none when it is null). */
  public static Loaded load(Path directory) {
    List<Scenario> scenarios = new ArrayList<>();
    List<ScenarioProblem> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (String name : BUILT_IN) {
      add(name, builtInText(name), scenarios, problems, ids);
    }
    if (directory != null) {
      for (Path file : files(directory, problems)) {
        String name = file.getFileName().toString();
        try {
          if (Files.size(file) > ScenarioFile.MAX_BYTES) {
            problems.add(
                new ScenarioProblem(
                    name,
                    "$",
                    "the file is larger than " + ScenarioFile.MAX_BYTES / 1024 + " KiB"));
            continue;
          }
          add(name, Files.readString(file, StandardCharsets.UTF_8), scenarios, problems, ids);
        } catch (IOException | UncheckedIOException e) {
          problems.add(new ScenarioProblem(name, "$", "cannot be read: " + e.getMessage()));
        }
      }
    }
    return new Loaded(new ScenarioCatalogue(scenarios), problems);
  }

  private static void add(
      String name,
      String text,
      List<Scenario> scenarios,
      List<ScenarioProblem> problems,
      Set<String> ids) {
    try {
      Scenario scenario = ScenarioFile.read(name, text);
      if (!ids.add(scenario.id())) {
        problems.add(
            new ScenarioProblem(
                name, "id", "the id " + scenario.id() + " is already used by another scenario"));
        return;
      }
      scenarios.add(scenario);
    } catch (ScenarioFileException e) {
      problems.addAll(e.problems());
    }
  }

  private static List<Path> files(Path directory, List<ScenarioProblem> problems) {
    if (!Files.isDirectory(directory)) {
      problems.add(new ScenarioProblem(directory.toString(), "$", "is not a directory"));
      return List.of();
    }
    try (Stream<Path> listing = Files.list(directory)) {
      return listing
          .filter(Files::isRegularFile)
          .filter(
              file -> {
                String name = file.getFileName().toString();
                return name.endsWith(".yaml") || name.endsWith(".yml");
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      problems.add(new ScenarioProblem(directory.toString(), "$", "cannot be listed: " + e));
      return List.of();
    }
  }

  private static String builtInText(String name) {
    try (InputStream in = ScenarioLibrary.class.getResourceAsStream("builtin/" + name)) {
      if (in == null) {
        throw new IllegalStateException("built-in scenario file missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
