package dev.parley.redis;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A redis-server of a test's own on a free port, without persistence, which the test may stop and
 * start again (by its own process) to see what happens while Redis is away. Its log is {@code
 * redis.log} in its directory. redis-server must be installed (ops/services/15-redis.sh does).
 */
public final class PrivateRedis implements AutoCloseable {
  private final int port;
  private final Path dir;
  private Process process;

  private PrivateRedis(int port, Path dir) {
    this.port = port;
    this.dir = dir;
  }

  /** Starts one in a new temporary directory. */
  public static PrivateRedis start() throws Exception {
    return startIn(Files.createTempDirectory("parley-private-redis-"));
  }

  /** Starts one whose log is kept in {@code dir}. */
  public static PrivateRedis startIn(Path dir) throws Exception {
    Files.createDirectories(dir);
    PrivateRedis redis = new PrivateRedis(freePort(), dir);
    redis.startAgain();
    return redis;
  }

  public String url() {
    return "redis://127.0.0.1:" + port;
  }

  /** Starts the server again on the same port (empty: nothing was persisted). */
  public void startAgain() throws Exception {
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
  public void stop() throws InterruptedException {
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

  private boolean answers() {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
