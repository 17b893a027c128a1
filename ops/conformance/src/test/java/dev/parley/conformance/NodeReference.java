package dev.parley.conformance;

import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Node reference server and the official engine.io-client of src/test/node, installed by
 * ops/services/50-conformance-node.sh (PARLEY_CONFORMANCE_NODE_MODULES). A missing install fails
 * the test; it never skips it.
 */
final class NodeReference implements AutoCloseable {
  static final String MODULES = "PARLEY_CONFORMANCE_NODE_MODULES";
  private static final Path SCRIPTS = Path.of("src/test/node").toAbsolutePath();

  private final Process server;
  private final int port;

  private NodeReference(Process server, int port) {
    this.server = server;
    this.port = port;
  }

  /** Starts reference-server.mjs on a free port and waits for its READY line. */
  static NodeReference start() throws IOException {
    Process process = node("reference-server.mjs").start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String ready = out.readLine();
    if (ready == null || !ready.startsWith("READY ")) {
      process.destroyForcibly();
      fail("the Node reference server did not start: " + ready + "\n" + stderr(process));
    }
    return new NodeReference(process, Integer.parseInt(ready.substring("READY ".length())));
  }

  int port() {
    return port;
  }

  /** Runs one scenario of engine-client.mjs against {@code url}; returns its JSON line. */
  static String engineClient(String scenario, String url) throws Exception {
    Process process =
        node("engine-client.mjs", scenario, url)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      String line =
          new BufferedReader(
                  new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
              .readLine();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        fail("engine-client.mjs " + scenario + " did not finish");
      }
      return line;
    } finally {
      process.destroyForcibly();
    }
  }

  private static ProcessBuilder node(String script, String... args) {
    String modules = System.getenv(MODULES);
    if (modules == null || modules.isBlank() || !Files.isDirectory(Path.of(modules, "engine.io"))) {
      fail(
          MODULES
              + " does not name the reference packages: run ops/test or "
              + "ops/services/50-conformance-node.sh");
    }
    List<String> command = new ArrayList<>(List.of("node", SCRIPTS.resolve(script).toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  private static String stderr(Process process) {
    try {
      return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.toString();
    }
  }

  /** Stdin's end tells the script to exit; it is killed when it does not. */
  @Override
  public void close() throws Exception {
    server.getOutputStream().close();
    if (!server.waitFor(3, TimeUnit.SECONDS)) {
      server.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
  }
}
