package dev.parley.socketio;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs src/test/node/client.mjs (the official socket.io-client) and returns what it printed. */
final class NodeClient {
  static final String MODULES_VARIABLE = "PARLEY_SOCKETIO_NODE_MODULES";
  private static final Path SCRIPT = Path.of("src/test/node/client.mjs").toAbsolutePath();

  private NodeClient() {}

  /** Fails (never skips) when the npm packages are not installed. */
  static void requireInstalled() {
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
    List<String> command = new ArrayList<>(List.of("node", SCRIPT.toString(), scenario, url));
    command.addAll(List.of(args));
    Path errors = Files.createTempFile("socketio-client-", ".log");
    Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
    try {
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        fail("node " + scenario + " did not finish in 90 s");
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
