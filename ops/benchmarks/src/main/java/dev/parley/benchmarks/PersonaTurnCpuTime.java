package dev.parley.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link PersonaTurnBenchmark}'s turns timed in thread CPU time instead of wall-clock time, for a
 * machine shared with other work: time the thread spends waiting for a core does not count, so
 * other builds move these numbers much less than JMH's. Not a replacement for JMH (no forks, no
 * dead-code guards beyond the blackhole); a cross-check. Run: {@code java -cp
 * ops/benchmarks/target/parley-benchmarks.jar dev.parley.benchmarks.PersonaTurnCpuTime [warm-up
 * invocations] [measured invocations]}; each invocation plays the benchmark's 20 turns.
 */
public final class PersonaTurnCpuTime {

  private PersonaTurnCpuTime() {}

  public static void main(String[] args) {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int measured = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Blackhole sink =
        new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is"
                + " dangerous.");
    for (String personaId : new String[] {"hardball-recruiter", "collaborative-manager"}) {
      PersonaTurnBenchmark benchmark = new PersonaTurnBenchmark();
      benchmark.personaId = personaId;
      benchmark.rehearse();
      for (int i = 0; i < warmup; i++) {
        benchmark.readDecideWordAndGuard(sink);
      }
      double[] perTurn = new double[measured];
      for (int i = 0; i < measured; i++) {
        long start = threads.getCurrentThreadCpuTime();
        benchmark.readDecideWordAndGuard(sink);
        perTurn[i] =
            (threads.getCurrentThreadCpuTime() - start) / 1000.0 / PersonaTurnBenchmark.TURNS;
      }
      Arrays.sort(perTurn);
      System.out.printf(
          "%s: CPU time per turn over %d x %d turns: p10 %.1f us, median %.1f us, p90 %.1f us,"
              + " p99 %.1f us%n",
          personaId,
          measured,
          PersonaTurnBenchmark.TURNS,
          perTurn[measured / 10],
          perTurn[measured / 2],
          perTurn[measured * 9 / 10],
          perTurn[measured * 99 / 100]);
    }
    sink.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
  }
}
