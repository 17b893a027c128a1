package dev.parley.cluster;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A redis-server of the test's own on a free port (the suite's Redis is shared, and this one gets
 * stopped and started again), without persistence, its log in {@code dir}.
 */
final class PrivateRedis implements AutoCloseable {
  final int port;
  private final Path dir;
  private Process process;

  PrivateRedis(Path dir) throws Exception {
    this.dir = dir;
    this.port = Cluster.freePorts(1).get(0);
    Files.createDirectories(dir);
    start();
  }

  String url() {
    return "redis://127.0.0.1:" + port;
  }

  void start() throws Exception {
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
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("redis.log").toFile()))
            .redirectErrorStream(true)
            .start();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!answers()) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        fail(
            "redis-server did not start on port "
                + port
                + " (is it installed? ops/services/15-redis.sh installs it): "
                + Files.readString(dir.resolve("redis.log")));
      }
      Thread.sleep(50);
    }
  }

  /** Stops the server (SIGTERM; SIGKILL after 5 s). */
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

  private boolean answers() {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
