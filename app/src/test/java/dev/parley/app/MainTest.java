package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The real entry point in its own JVM: bad configuration is one line on stderr and exit code 2. */
class MainTest {
  @Test
  void bad_configuration_exits_2_with_one_clear_line() throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName());
    builder.environment().clear();
    builder.environment().put("PORT", "not-a-port");
    Process process = builder.start();
    try {
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(process.exitValue()).isEqualTo(Main.BAD_CONFIGURATION);
      assertThat(stderr.strip().lines()).hasSize(1);
      assertThat(stderr)
          .startsWith("parley: bad configuration: ")
          .contains("PORT must be a number")
          .contains("JWT_SECRET is required");
    } finally {
      process.destroyForcibly();
    }
  }
}
