package dev.parley.cluster;

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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs src/test/node/clients.mjs: official socket.io-client sockets through the load balancer and a
 * {@code @socket.io/redis-emitter}, commanded one JSON line at a time.
 */
final class Clients implements AutoCloseable {
  static final String MODULES_VARIABLE = "PARLEY_REDIS_NODE_MODULES";
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SCRIPT = Path.of("src/test/node/clients.mjs").toAbsolutePath();

  private final Process process;
  private final OutputStream input;
  private final Path errors;
  private final Map<Long, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  Clients() throws IOException {
    requireInstalled();
    errors = Files.createTempFile("cluster-clients-", ".log");
    process = new ProcessBuilder("node", SCRIPT.toString()).redirectError(errors.toFile()).start();
    input = process.getOutputStream();
    Thread.ofPlatform().daemon().name("cluster-clients-reader").start(this::readAnswers);
  }

  /** Fails (never skips) when the npm packages are not installed. */
  static void requireInstalled() {
    String modules = System.getenv(MODULES_VARIABLE);
    if (modules == null || modules.isBlank()) {
      fail(
          MODULES_VARIABLE
              + " is not set: run ops/services/35-redis-node.sh (ops/test does) and export the"
              + " variable it prints");
    }
    for (String module : new String[] {"socket.io-client", "@socket.io/redis-emitter", "redis"}) {
      if (!Files.isDirectory(Path.of(modules, module))) {
        fail(
            MODULES_VARIABLE
                + "="
                + modules
                + " lacks "
                + module
                + ": run ops/services/35-redis-node.sh");
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

  /** Runs one operation of clients.mjs and returns its result; fails the test on its error. */
  JsonNode call(String op, Object... keysAndValues) throws Exception {
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
      result = answer.get(40, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("clients.mjs did not answer " + request + "\n" + stderr(), e);
    }
    if (result.has("error")) {
      throw new AssertionError(
          op + " failed in node: " + result.get("error").asText() + "\n" + stderr());
    }
    return result.get("result");
  }

  private String stderr() throws IOException {
    String text = Files.readString(errors);
    return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
  }

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
