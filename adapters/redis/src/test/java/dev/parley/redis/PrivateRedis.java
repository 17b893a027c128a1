package dev.parley.redis;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A redis-server of a test's own, on a free port, which the test may stop and start again (by its
 * own process) to see what happens while Redis is away. The suite's Redis service must have been
 * set up first: it installs redis-server.
 */
final class PrivateRedis implements AutoCloseable {
  private final int port;
  private final Path dir;
  private Process process;

  private PrivateRedis(int port, Path dir) {
    this.port = port;
    this.dir = dir;
  }

  static PrivateRedis start() throws Exception {
    TestRedis.url();
    PrivateRedis redis =
        new PrivateRedis(freePort(), Files.createTempDirectory("parley-private-redis-"));
    redis.startAgain();
    return redis;
  }

  String url() {
    return "redis://127.0.0.1:" + port;
  }

  void startAgain() throws Exception {
    process =
        new ProcessBuilder(
                "redis-server",
                "--port",
                String.valueOf(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--daemonize",
                "no",
                "--dir",
                dir.toString())
            .redirectOutput(dir.resolve("redis.log").toFile())
            .redirectErrorStream(true)
            .start();
    TestRedis.await(
        "redis-server on port " + port,
        Duration.ofSeconds(10),
        () -> {
          try (var socket = new java.net.Socket("127.0.0.1", port)) {
            return true;
          } catch (IOException e) {
            return false;
          }
        });
  }

  void stop() throws InterruptedException {
    if (process == null) {
      return;
    }
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
    process = null;
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
