package dev.parley.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top frames of a JFR recording's CPU samples ({@code jdk.ExecutionSample}), read with the
 * JDK's {@code jdk.jfr.consumer} API. Prints, as Markdown tables, each as a share of all samples:
 *
 * <ul>
 *   <li><b>self</b>: the method at the top of the stack;
 *   <li><b>path self</b>: for the samples whose stack holds a method of one of the path's packages
 *       ({@code --path}), the nearest such method below the top, so it counts the time spent in
 *       that method and in the JDK or library code it calls, but not in other path methods;
 *   <li><b>path inclusive</b>: every path method anywhere on the stack (a method counted once per
 *       sample).
 * </ul>
 *
 * <p>Run without a build: {@code ops/bench-jfr-top var/bench/<run>/parley-chat.jfr}, or {@code java
 * JfrTop.java [--top N] [--path pkg,pkg] [--skip-seconds S] file.jfr}.
 */
public final class JfrTop {

  static final List<String> PERSONA_PATH =
      List.of("dev.parley.reader.", "dev.parley.persona.", "dev.parley.domain.strategy.");

  private JfrTop() {}

  public static void main(String[] args) throws IOException {
    int top = 20;
    List<String> path = PERSONA_PATH;
    double skipSeconds = 0;
    Path file = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--top" -> top = Integer.parseInt(args[++i]);
        case "--path" -> path = Arrays.stream(args[++i].split(",")).map(JfrTop::asPrefix).toList();
        case "--skip-seconds" -> skipSeconds = Double.parseDouble(args[++i]);
        default -> file = Path.of(args[i]);
      }
    }
    if (file == null) {
      System.err.println(
          "usage: JfrTop [--top N] [--path pkg,pkg] [--skip-seconds S] recording.jfr");
      System.exit(2);
    }

    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> pathSelf = new HashMap<>();
    Map<String, Integer> pathInclusive = new HashMap<>();
    int total = 0;
    int onPath = 0;
    List<RecordedEvent> samples = new ArrayList<>();
    for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
      if (event.getEventType().getName().equals("jdk.ExecutionSample")
          && event.getStackTrace() != null) {
        samples.add(event);
      }
    }
    long start = samples.stream().mapToLong(e -> e.getStartTime().toEpochMilli()).min().orElse(0);
    long end = samples.stream().mapToLong(e -> e.getStartTime().toEpochMilli()).max().orElse(0);
    for (RecordedEvent sample : samples) {
      if (sample.getStartTime().toEpochMilli() - start < skipSeconds * 1000) {
        continue;
      }
      RecordedStackTrace stack = sample.getStackTrace();
      List<RecordedFrame> frames = stack.getFrames();
      if (frames.isEmpty()) {
        continue;
      }
      total++;
      self.merge(name(frames.get(0)), 1, Integer::sum);
      String nearest = null;
      Set<String> seen = new HashSet<>();
      for (RecordedFrame frame : frames) {
        String name = name(frame);
        if (onPath(name, path)) {
          if (nearest == null) {
            nearest = name;
          }
          if (seen.add(name)) {
            pathInclusive.merge(name, 1, Integer::sum);
          }
        }
      }
      if (nearest != null) {
        onPath++;
        pathSelf.merge(nearest, 1, Integer::sum);
      }
    }
    System.out.printf(
        "%s: %d CPU samples (jdk.ExecutionSample) over %.1f s%s; %d (%s) with a frame of %s%n%n",
        file.getFileName(),
        total,
        (end - start) / 1000.0,
        skipSeconds > 0 ? " (first " + skipSeconds + " s skipped)" : "",
        onPath,
        percent(onPath, total),
        String.join(" ", path));
    table("Top frames, self (all samples)", self, total, top);
    table(
        "Persona path, self (nearest path frame, with the JDK code it calls)",
        pathSelf,
        total,
        top);
    table("Persona path, inclusive", pathInclusive, total, top);
  }

  private static String asPrefix(String pkg) {
    return pkg.endsWith(".") ? pkg : pkg + ".";
  }

  private static boolean onPath(String name, List<String> path) {
    for (String prefix : path) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static String name(RecordedFrame frame) {
    RecordedMethod method = frame.getMethod();
    if (method == null || method.getType() == null) {
      return "<unknown>";
    }
    return method.getType().getName() + "." + method.getName();
  }

  private static void table(String title, Map<String, Integer> counts, int total, int top) {
    System.out.println("### " + title);
    System.out.println();
    System.out.println("| share of all samples | samples | frame |");
    System.out.println("| ---: | ---: | --- |");
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(top)
        .forEach(
            entry ->
                System.out.printf(
                    "| %s | %d | `%s` |%n",
                    percent(entry.getValue(), total), entry.getValue(), entry.getKey()));
    System.out.println();
  }

  private static String percent(int count, int total) {
    return total == 0 ? "0 %" : String.format("%.1f %%", 100.0 * count / total);
  }
}
