package dev.parley.redis;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the Redis adapter; {@link #defaults()} are those of Node's
 * {@code @socket.io/redis-adapter}.
 *
 * @param key the channel prefix ({@code socket.io})
 * @param requestsTimeout how long fetchSockets, allRooms and serverSideEmitWithAck wait for the
 *     other nodes
 * @param publishOnSpecificResponseChannel answer a request on the requester's own response channel
 *     instead of the common one
 * @param maxReconnectDelay the longest pause between two attempts to reach a lost Redis
 */
public record RedisAdapterOptions(
    String key,
    Duration requestsTimeout,
    boolean publishOnSpecificResponseChannel,
    Duration maxReconnectDelay) {

  public RedisAdapterOptions {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(requestsTimeout, "requestsTimeout");
    Objects.requireNonNull(maxReconnectDelay, "maxReconnectDelay");
  }

  public static RedisAdapterOptions defaults() {
    return new RedisAdapterOptions(
        "socket.io", Duration.ofSeconds(5), false, Duration.ofSeconds(2));
  }

  public RedisAdapterOptions withRequestsTimeout(Duration value) {
    return new RedisAdapterOptions(key, value, publishOnSpecificResponseChannel, maxReconnectDelay);
  }

  public RedisAdapterOptions withKey(String value) {
    return new RedisAdapterOptions(
        value, requestsTimeout, publishOnSpecificResponseChannel, maxReconnectDelay);
  }
}
