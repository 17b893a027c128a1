package dev.parley.socketio;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Node script that drives the official socket.io-client (src/test/node/client.mjs here;
 * other modules pass their own script through the test-jar) and returns the JSON of its last line.
 */
public final class NodeClient {
  public static final String MODULES_VARIABLE = "PARLEY_SOCKETIO_NODE_MODULES";
  private static final Path SCRIPT = Path.of("src/test/node/client.mjs").toAbsolutePath();

  private NodeClient() {}

  /** Fails (never skips) when the npm packages are not installed. */
  public static void requireInstalled() {
    String modules = System.getenv(MODULES_VARIABLE);
    if (modules == null || modules.isBlank()) {
      fail(
          MODULES_VARIABLE
              + " is not set: run ops/services/30-socketio-client.sh (ops/test does) and export"
              + " the variable it prints");
    }
    if (!Files.isDirectory(Path.of(modules, "socket.io-client"))) {
      fail(
          MODULES_VARIABLE
              + "="
              + modules
              + " has no socket.io-client: run ops/services/30-socketio-client.sh");
    }
  }

  static JsonNode run(String scenario, String url, String... args) throws Exception {
    return run(SCRIPT, Duration.ofSeconds(90), scenario, url, args);
  }

  /**
   * Runs {@code node script scenario url args...} with {@link #MODULES_VARIABLE} passed on; fails
   * when it exits non-zero, prints nothing or does not finish within {@code timeout}.
   */
  public static JsonNode run(
      Path script, Duration timeout, String scenario, String url, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("node", script.toString(), scenario, url));
    command.addAll(List.of(args));
    Path errors = Files.createTempFile("socketio-client-", ".log");
    Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
    try {
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        fail("node " + scenario + " did not finish in " + timeout.toSeconds() + " s");
      }
      String stdout = new String(out, StandardCharsets.UTF_8).strip();
      String last = stdout.substring(stdout.lastIndexOf('\n') + 1);
      if (process.exitValue() != 0 || last.isEmpty()) {
        fail(
            "node "
                + scenario
                + " exited with "
                + process.exitValue()
                + ": "
                + last
                + "\n"
                + tail(errors));
      }
      return Json.MAPPER.readTree(last);
    } finally {
      process.destroyForcibly();
      Files.deleteIfExists(errors);
    }
  }

  private static String tail(Path file) throws IOException {
    String text = Files.readString(file);
    return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
  }
}
