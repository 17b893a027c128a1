package dev.parley.redis;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.socketio.NodeOps;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs src/test/node/driver.mjs: official socket.io-client sockets, a Node socket.io server with
 * {@code @socket.io/redis-adapter} and a {@code @socket.io/redis-emitter}, commanded one JSON line
 * at a time.
 */
final class NodeDriver implements AutoCloseable {
  static final String MODULES_VARIABLE = "PARLEY_REDIS_NODE_MODULES";
  private static final Path SCRIPT = Path.of("src/test/node/driver.mjs");
  private static final List<String> MODULES = List.of("@socket.io/redis-adapter");

  private final NodeOps ops;

  NodeDriver(String redisUrl) throws IOException {
    ops = NodeOps.start(SCRIPT, MODULES_VARIABLE, MODULES, Duration.ofSeconds(20), redisUrl);
  }

  /** Fails (never skips) when the npm packages are not installed. */
  static void requireInstalled() {
    NodeOps.requireModules(MODULES_VARIABLE, MODULES);
  }

  /** Runs one operation of driver.mjs and returns its result; fails the test on its error. */
  JsonNode call(String op, Object... keysAndValues) throws Exception {
    return ops.call(op, keysAndValues);
  }

  @Override
  public void close() throws Exception {
    ops.close();
  }
}
