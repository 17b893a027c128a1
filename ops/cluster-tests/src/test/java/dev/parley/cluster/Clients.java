package dev.parley.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.socketio.NodeOps;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs src/test/node/clients.mjs: official socket.io-client sockets through the load balancer and a
 * {@code @socket.io/redis-emitter}, commanded one JSON line at a time.
 */
final class Clients implements AutoCloseable {
  static final String MODULES_VARIABLE = "PARLEY_REDIS_NODE_MODULES";
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SCRIPT = Path.of("src/test/node/clients.mjs");
  private static final List<String> MODULES =
      List.of("socket.io-client", "@socket.io/redis-emitter", "redis");

  private final NodeOps ops;

  Clients() throws IOException {
    ops = NodeOps.start(SCRIPT, MODULES_VARIABLE, MODULES, Duration.ofSeconds(40));
  }

  /** Fails (never skips) when the npm packages are not installed. */
  static void requireInstalled() {
    NodeOps.requireModules(MODULES_VARIABLE, MODULES);
  }

  /** Runs one operation of clients.mjs and returns its result; fails the test on its error. */
  JsonNode call(String op, Object... keysAndValues) throws Exception {
    return ops.call(op, keysAndValues);
  }

  @Override
  public void close() throws Exception {
    ops.close();
  }
}
