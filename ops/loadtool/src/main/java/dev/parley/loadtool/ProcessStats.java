package dev.parley.loadtool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A server process seen through /proc: resident memory and CPU time used so far. */
record ProcessStats(long rssKb, long cpuTicks) {
  /** Linux's USER_HZ, the unit of utime and stime in /proc/pid/stat, on every common kernel. */
  static final double TICKS_PER_SECOND = 100.0;

  static ProcessStats of(long pid) {
    try {
      return new ProcessStats(
          rssKb(Files.readString(Path.of("/proc", Long.toString(pid), "status"))),
          cpuTicks(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read /proc of pid " + pid + ": " + e.getMessage(), e);
    }
  }

  /** {@code VmRSS: 123456 kB} in a /proc/pid/status text. */
  static long rssKb(String status) {
    for (String line : status.split("\n")) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.substring(6).strip().split("\\s+")[0]);
      }
    }
    throw new IllegalArgumentException("no VmRSS line");
  }

  /** utime + stime (fields 14 and 15) of a /proc/pid/stat line; the name may hold spaces. */
  static long cpuTicks(String stat) {
    String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).strip().split("\\s+");
    // afterName[0] is field 3 (state), so field n is afterName[n - 3]
    return Long.parseLong(afterName[11]) + Long.parseLong(afterName[12]);
  }

  /** CPU used between {@code before} and this, as a percentage of one core over {@code seconds}. */
  double cpuPercentSince(ProcessStats before, double seconds) {
    return seconds <= 0 ? 0 : 100.0 * (cpuTicks - before.cpuTicks) / TICKS_PER_SECOND / seconds;
  }
}
