package dev.parley.selfplay;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Self-play: {@code SelfPlay --out DIR [--sessions 30] [--seed 14] [--command TEXT]} plays every
 * scripted style against every persona on every scenario, writes results.csv, report.md and
 * selfplay.png to DIR, prints the table and the checks, and exits 1 when a deal went beyond a
 * reservation or a persona leaked a limit.
 */
public final class SelfPlay {

  // held: a logger only referenced by name may be collected, and its level with it
  private static final Logger LLM_LOG = Logger.getLogger("dev.parley.persona.llm");

  private SelfPlay() {}

  public static void main(String[] args) throws IOException {
    // every offline LLM turn "fails" by design; its warning per turn would drown the report
    LLM_LOG.setLevel(Level.OFF);
    List<String> arguments = Arrays.asList(args);
    Path out = Path.of(option(arguments, "--out", "var/selfplay/adhoc"));
    int sessions = Integer.parseInt(option(arguments, "--sessions", "30"));
    long seed = Long.parseLong(option(arguments, "--seed", "14"));
    String command = option(arguments, "--command", "ops/selfplay");
    String runId = out.getFileName().toString();
    Files.createDirectories(out);

    List<Personas.Entry> personas = Personas.all();
    long started = System.nanoTime();
    List<Session> results = SelfPlayRun.play(personas, List.of(Style.values()), sessions, seed);
    double seconds = (System.nanoTime() - started) / 1e9;
    List<Orderings.Check> checks = new java.util.ArrayList<>(Orderings.check(results));
    checks.addAll(DebriefChecks.check(results));

    Reports.csv(results, out.resolve("results.csv"));
    Reports.markdown(
        runId, command, sessions, seed, personas, results, checks, out.resolve("report.md"));
    SelfPlayChart.write(results, out.resolve("selfplay.png"));

    PrintStream print = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String show = option(arguments, "--show", "");
    if (!show.isEmpty()) {
      // --show STYLE/PERSONA/SCENARIO/INDEX prints that session's transcript, for investigating
      results.stream()
          .filter(
              s ->
                  String.join("/", s.style().label(), s.persona(), s.scenario(), "" + s.index())
                      .equals(show))
          .forEach(
              s -> {
                s.transcript().forEach(print::println);
                print.println(
                    s.ending() + ", claiming " + s.claiming() + ", creating " + s.creating());
              });
    }
    print.print(Reports.table(Tally.byStylePersona(results), false));
    print.println();
    checks.forEach(check -> print.println(check.line()));
    Tally all = Tally.of(Tally.ALL, Tally.ALL, Tally.ALL, results);
    boolean safe = all.beyondReservation() == 0 && all.leaks() == 0;
    print.println(
        (all.beyondReservation() == 0 ? "PASS" : "FAIL")
            + " deals beyond a reservation: "
            + all.beyondReservation());
    print.println((all.leaks() == 0 ? "PASS" : "FAIL") + " leaks: " + all.leaks());
    print.printf(
        java.util.Locale.ROOT,
        "selfplay: %d sessions in %.1f s; results in %s%n",
        results.size(),
        seconds,
        out);
    if (!safe) {
      System.exit(1);
    }
  }

  private static String option(List<String> arguments, String name, String otherwise) {
    int at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.get(at + 1) : otherwise;
  }
}
