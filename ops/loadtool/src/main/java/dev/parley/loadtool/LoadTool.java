package dev.parley.loadtool;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The load tool's command line, driven by {@code ops/bench}.
 *
 * <pre>
 * run --server NAME --kind parley|node|echo --port P --pid PID --out DIR --scenarios idle,chat,fanout
 *     [--transport websocket|polling]
 *     [--idle-clients 1000 --idle-seconds 30 --chat-clients 50 --chat-rate 2 --chat-seconds 20
 *      --fanout-members 200 --fanout-rate 5 --fanout-seconds 20 --warmup-seconds 0]
 * report DIR
 * </pre>
 *
 * {@code --warmup-seconds} runs unrecorded chat first. {@code run} appends one CSV row per scenario
 * to DIR/results.csv; {@code report} writes results.json, ratios.txt and bench.png there and prints
 * the ratios.
 */
public final class LoadTool {
  private LoadTool() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("report")) {
      Report.summarise(Path.of(args[1])).forEach(System.out::println);
      return;
    }
    if (args.length == 0 || !args[0].equals("run")) {
      System.err.println(
          "usage: run --server NAME --kind parley|node|echo --port P ... | report DIR");
      System.exit(2);
    }
    Map<String, String> options = options(args);
    String name = options.get("server");
    Target target = Target.of(options.get("kind"), name, Integer.parseInt(options.get("port")));
    Path out = Path.of(options.get("out"));
    long pid = Long.parseLong(options.getOrDefault("pid", "0"));
    Scenarios scenarios =
        new Scenarios(
            target, LoadClient.Transport.named(options.getOrDefault("transport", "websocket")));
    int warmup = integer(options, "warmup-seconds", 0);
    if (warmup > 0) {
      // a fresh JVM answers slowly until its JIT has compiled the hot paths: not measured
      scenarios.chat(
          integer(options, "chat-clients", 50),
          Double.parseDouble(options.getOrDefault("chat-rate", "2")),
          Duration.ofSeconds(warmup));
      System.err.println(name + ": warmed up with " + warmup + " s of chat (not recorded)");
    }
    for (String scenario : List.of(options.get("scenarios").split(","))) {
      ScenarioResult result =
          switch (scenario) {
            case "idle" ->
                scenarios.idle(
                    integer(options, "idle-clients", 1000),
                    Duration.ofSeconds(integer(options, "idle-seconds", 30)),
                    pid);
            case "chat" ->
                scenarios.chat(
                    integer(options, "chat-clients", 50),
                    Double.parseDouble(options.getOrDefault("chat-rate", "2")),
                    Duration.ofSeconds(integer(options, "chat-seconds", 20)));
            case "fanout" ->
                scenarios.fanOut(
                    integer(options, "fanout-members", 200),
                    Double.parseDouble(options.getOrDefault("fanout-rate", "5")),
                    Duration.ofSeconds(integer(options, "fanout-seconds", 20)));
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
          };
      Report.append(out, result);
      System.out.println(result.csvRow());
    }
    System.exit(0);
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    for (String required : List.of("server", "kind", "port", "out", "scenarios")) {
      if (!options.containsKey(required)) {
        throw new IllegalArgumentException("missing --" + required);
      }
    }
    return options;
  }

  private static int integer(Map<String, String> options, String name, int fallback) {
    return Integer.parseInt(options.getOrDefault(name, Integer.toString(fallback)));
  }
}
