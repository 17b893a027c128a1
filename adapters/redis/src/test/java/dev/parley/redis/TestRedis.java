package dev.parley.redis;

import static org.assertj.core.api.Assertions.fail;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** The Redis the tests use (started by ops/services/15-redis.sh) and waiting helpers. */
final class TestRedis {
  static final String URL_VARIABLE = "PARLEY_TEST_REDIS_URL";

  private TestRedis() {}

  /** Fails (never skips) when the variable is missing. */
  static String url() {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      fail(
          URL_VARIABLE + " is not set: run ops/services/15-redis.sh (ops/test does) and export it");
    }
    return url;
  }

  /** Waits until this many connections subscribe to the request channel of a namespace. */
  static void awaitNodes(String url, String namespace, long nodes) {
    RedisClient client = RedisClient.create(url);
    try (StatefulRedisConnection<String, String> connection = client.connect()) {
      String channel = "socket.io-request#" + namespace + "#";
      await(
          "" + nodes + " subscribers on " + channel,
          Duration.ofSeconds(15),
          () -> connection.sync().pubsubNumsub(channel).getOrDefault(channel, 0L) == nodes);
    } finally {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
    }
  }

  static void await(String what, Duration timeout, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        fail("timed out waiting for " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted waiting for " + what);
      }
    }
  }
}
