package dev.parley.socketio;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A long-lived Node script commanded one JSON line at a time, for tests that act mid-conversation
 * (kill a node, restart Redis) while Node clients stay connected. The script answers each {@code
 * {"id", "op", ...}} line with {@code {"id", "result"}} or {@code {"id", "error"}}: it serves its
 * operations with {@code serveOps} from src/test/node/serve-ops.mjs of this module.
 */
public final class NodeOps implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final Process process;
  private final OutputStream input;
  private final Path errors;
  private final Duration callTimeout;
  private final Map<Long, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  private NodeOps(Path script, Duration callTimeout, List<String> args) throws IOException {
    this.name = script.getFileName().toString();
    this.callTimeout = callTimeout;
    this.errors = Files.createTempFile("node-ops-", ".log");
    List<String> command = new ArrayList<>(List.of("node", script.toString()));
    command.addAll(args);
    this.process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
    this.input = process.getOutputStream();
    Thread.ofPlatform().daemon().name(name + "-reader").start(this::readAnswers);
  }

  /**
   * Starts {@code node script args...} once the npm packages in {@code modulesVariable} hold every
   * one of {@code modules}; fails the test (never skips it) when they do not.
   */
  public static NodeOps start(
      Path script,
      String modulesVariable,
      List<String> modules,
      Duration callTimeout,
      String... args)
      throws IOException {
    requireModules(modulesVariable, modules);
    return new NodeOps(script.toAbsolutePath(), callTimeout, List.of(args));
  }

  /**
   * Fails (never skips) unless {@code modulesVariable} names npm packages holding {@code modules}.
   */
  public static void requireModules(String modulesVariable, List<String> modules) {
    String installed = System.getenv(modulesVariable);
    if (installed == null || installed.isBlank()) {
      fail(modulesVariable + " is not set: run ops/test, or the ops/services script that sets it");
    }
    for (String module : modules) {
      if (!Files.isDirectory(Path.of(installed, module))) {
        fail(modulesVariable + "=" + installed + " lacks " + module + ": run ops/test");
      }
    }
  }

  private void readAnswers() {
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        JsonNode answer = JSON.readTree(line);
        CompletableFuture<JsonNode> call = waiting.remove(answer.path("id").asLong());
        if (call != null) {
          call.complete(answer);
        }
      }
    } catch (IOException e) {
      // the process ended; calls still waiting fail on their timeout
    }
  }

  /** Runs one operation of the script and returns its result; fails the test on its error. */
  public JsonNode call(String op, Object... keysAndValues) throws Exception {
    long id = ids.incrementAndGet();
    ObjectNode request = JSON.createObjectNode().put("id", id).put("op", op);
    for (int i = 0; i < keysAndValues.length; i += 2) {
      request.set((String) keysAndValues[i], JSON.valueToTree(keysAndValues[i + 1]));
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    waiting.put(id, answer);
    synchronized (input) {
      input.write((JSON.writeValueAsString(request) + "\n").getBytes(StandardCharsets.UTF_8));
      input.flush();
    }
    JsonNode result;
    try {
      result = answer.get(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError(name + " did not answer " + request + "\n" + stderr(), e);
    }
    if (result.has("error")) {
      throw new AssertionError(
          op + " failed in " + name + ": " + result.get("error").asText() + "\n" + stderr());
    }
    return result.get("result");
  }

  private String stderr() throws IOException {
    String text = Files.readString(errors);
    return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
  }

  /** Asks the script to quit, and stops it when it does not. */
  @Override
  public void close() throws Exception {
    try {
      call("quit");
    } catch (AssertionError | Exception e) {
      // it is stopped below either way
    }
    if (!process.waitFor(3, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
    Files.deleteIfExists(errors);
  }
}
