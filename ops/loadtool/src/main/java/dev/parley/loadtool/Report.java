package dev.parley.loadtool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The results of one bench run: appended row by row to {@code results.csv} as each server finishes,
 * then summarised as {@code results.json}, the ratios (Parley against the Node socket.io server and
 * the bare WebSocket echo) and a chart.
 */
final class Report {
  static final String CSV = "results.csv";
  static final String JSON = "results.json";
  static final String RATIOS = "ratios.txt";
  static final String CHART = "bench.png";

  private Report() {}

  static void append(Path dir, ScenarioResult result) throws IOException {
    Files.createDirectories(dir);
    Path csv = dir.resolve(CSV);
    if (!Files.exists(csv)) {
      Files.writeString(csv, ScenarioResult.CSV_HEADER + "\n");
    }
    Files.writeString(csv, result.csvRow() + "\n", java.nio.file.StandardOpenOption.APPEND);
  }

  static List<ScenarioResult> read(Path dir) throws IOException {
    List<ScenarioResult> results = new ArrayList<>();
    List<String> lines = Files.readAllLines(dir.resolve(CSV));
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        results.add(fromCsv(line));
      }
    }
    return results;
  }

  static ScenarioResult fromCsv(String line) {
    String[] f = line.split(",", -1);
    if (f.length != 16) {
      throw new IllegalArgumentException("expected 16 columns, got " + f.length + ": " + line);
    }
    return new ScenarioResult(
        f[0],
        f[1],
        Integer.parseInt(f[2]),
        Long.parseLong(f[3]),
        Long.parseLong(f[4]),
        Long.parseLong(f[5]),
        Double.parseDouble(f[6]),
        Double.parseDouble(f[7]),
        Long.parseLong(f[8]),
        Long.parseLong(f[9]),
        Long.parseLong(f[10]),
        Long.parseLong(f[11]),
        Long.parseLong(f[12]),
        Long.parseLong(f[13]),
        Double.parseDouble(f[14]),
        Double.parseDouble(f[15]));
  }

  static String json(List<ScenarioResult> results) {
    return results.stream()
        .map(ScenarioResult::json)
        .collect(Collectors.joining(",\n  ", "{\"results\": [\n  ", "\n]}\n"));
  }

  /** The comparisons the issue asks for; a line per pair that was measured. */
  static List<String> ratios(List<ScenarioResult> results) {
    List<String> lines = new ArrayList<>();
    for (String scenario : List.of("chat", "fanout")) {
      traffic(
          lines,
          scenario,
          "parley/node",
          find(results, "parley", scenario),
          find(results, "node", scenario));
    }
    traffic(
        lines,
        "chat over polling",
        "parley/node",
        find(results, "parley-polling", "chat"),
        find(results, "node-polling", "chat"));
    find(results, "parley", "idle")
        .ifPresent(
            parley ->
                find(results, "node", "idle")
                    .ifPresent(
                        node ->
                            lines.add(
                                line(
                                    "idle memory per connection parley/node",
                                    parley.kbPerConnection(),
                                    node.kbPerConnection()))));
    find(results, "parley", "chat")
        .ifPresent(
            parley ->
                find(results, "echo", "chat")
                    .ifPresent(
                        echo ->
                            lines.add(
                                line(
                                    "chat throughput parley/websocket-echo",
                                    parley.throughput(),
                                    echo.throughput()))));
    for (String scenario : List.of("chat", "fanout")) {
      // the cluster stores to PostgreSQL: its single-node peer is the PostgreSQL run where one ran
      Optional<ScenarioResult> single =
          find(results, "parley-postgres", scenario).or(() -> find(results, "parley", scenario));
      single.ifPresent(
          one ->
              traffic(
                  lines,
                  scenario,
                  "parley-cluster/" + one.server(),
                  find(results, "parley-cluster", scenario),
                  single));
    }
    return lines;
  }

  /** Throughput and p99 ratio lines of {@code first} against {@code second}, when both ran. */
  private static void traffic(
      List<String> lines,
      String label,
      String pair,
      Optional<ScenarioResult> first,
      Optional<ScenarioResult> second) {
    if (first.isEmpty() || second.isEmpty()) {
      return;
    }
    lines.add(
        line(label + " throughput " + pair, first.get().throughput(), second.get().throughput()));
    lines.add(
        line(label + " p99 latency " + pair, first.get().p99Micros(), second.get().p99Micros()));
  }

  private static String line(String label, double parley, double other) {
    String ratio = other == 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", parley / other);
    return String.format(Locale.ROOT, "%-42s %s  (%.2f vs %.2f)", label, ratio, parley, other);
  }

  static Optional<ScenarioResult> find(
      List<ScenarioResult> results, String server, String scenario) {
    return results.stream()
        .filter(r -> r.server().equals(server) && r.scenario().equals(scenario))
        .findFirst();
  }

  /** Writes results.json, ratios.txt and bench.png next to results.csv; returns the ratios. */
  static List<String> summarise(Path dir) throws IOException {
    List<ScenarioResult> results = read(dir);
    Files.writeString(dir.resolve(JSON), json(results));
    List<String> ratios = ratios(results);
    Files.write(dir.resolve(RATIOS), ratios);
    Chart.write(results, dir.resolve(CHART));
    return ratios;
  }
}
