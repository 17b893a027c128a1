package dev.parley.app;

import com.sun.management.UnixOperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/** How many file descriptors this process may hold: the soft RLIMIT_NOFILE. */
final class DescriptorLimit {
  private DescriptorLimit() {}

  /**
   * The limit from {@code /proc/self/limits} ("Max open files", soft column), else the JVM's view
   * of it; empty when unlimited or unknown.
   */
  static OptionalLong ofThisProcess() {
    try {
      OptionalLong fromProc = parseProcLimits(Files.readAllLines(Path.of("/proc/self/limits")));
      if (fromProc.isPresent()) {
        return fromProc;
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: ask the JVM
    }
    if (ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix) {
      long max = unix.getMaxFileDescriptorCount();
      return max > 0 && max < Integer.MAX_VALUE ? OptionalLong.of(max) : OptionalLong.empty();
    }
    return OptionalLong.empty();
  }

  /** "Max open files 256 256 files". */
  static OptionalLong parseProcLimits(List<String> lines) {
    for (String line : lines) {
      if (line.startsWith("Max open files")) {
        String soft = line.substring("Max open files".length()).strip().split("\\s+")[0];
        return soft.matches("\\d+") ? OptionalLong.of(Long.parseLong(soft)) : OptionalLong.empty();
      }
    }
    return OptionalLong.empty();
  }
}
