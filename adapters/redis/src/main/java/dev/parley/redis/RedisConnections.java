package dev.parley.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One node's link to Redis, shared by the adapters of all its namespaces: one connection for
 * commands and PUBLISH, one for Pub/Sub, and the node uid. Lettuce reconnects and resubscribes by
 * itself; while Redis is away a publish fails at once (it is never queued), so local delivery never
 * waits on Redis. Incoming messages are handled in order on one thread of their own.
 */
public final class RedisConnections implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(RedisConnections.class.getName());

  private final RedisAdapterOptions options;
  private final String uid = Uid.generate(6);
  private final ClientResources resources;
  private final RedisClient commandClient;
  private final RedisClient pubSubClient;
  private final StatefulRedisConnection<byte[], byte[]> commands;
  private final StatefulRedisPubSubConnection<byte[], byte[]> pubSub;
  private final Map<String, MessageHandler> channelHandlers = new ConcurrentHashMap<>();
  private final Map<String, MessageHandler> patternHandlers = new ConcurrentHashMap<>();
  private final ExecutorService inbound =
      Executors.newSingleThreadExecutor(
          Thread.ofPlatform().name("redis-adapter-inbound").daemon().factory());
  private final ScheduledExecutorService timers =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("redis-adapter-timers").daemon().factory());

  /** Cluster-state commands give up after this and the caller falls back to its node's view. */
  private static final Duration STATE_COMMAND_TIMEOUT = Duration.ofSeconds(1);

  private final AtomicBoolean down = new AtomicBoolean();
  private volatile boolean closing;

  /** Receives the messages of one channel or pattern. */
  @FunctionalInterface
  interface MessageHandler {
    void onMessage(String channel, byte[] message);
  }

  private RedisConnections(RedisURI uri, RedisAdapterOptions options) {
    this.options = options;
    this.resources =
        ClientResources.builder()
            .reconnectDelay(
                Delay.exponential(
                    Duration.ofMillis(50), options.maxReconnectDelay(), 2, TimeUnit.MILLISECONDS))
            .build();
    this.commandClient = RedisClient.create(resources, uri);
    commandClient.setOptions(
        ClientOptions.builder()
            .autoReconnect(true)
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .build());
    // subscriptions made while Redis is away wait for it; Lettuce replays confirmed ones itself
    this.pubSubClient = RedisClient.create(resources, uri);
    pubSubClient.setOptions(ClientOptions.builder().autoReconnect(true).build());
    try {
      this.commands = commandClient.connect(ByteArrayCodec.INSTANCE);
      this.pubSub = pubSubClient.connectPubSub(ByteArrayCodec.INSTANCE);
    } catch (RuntimeException e) {
      shutdownClients();
      throw new IllegalStateException("cannot reach Redis at " + uri.toURI() + ": " + e, e);
    }
    commandClient.addListener(new StateLog());
    pubSub.addListener(new Dispatcher());
  }

  /** Connects to Redis ({@code redis://host:port[/db]}); fails when it cannot be reached now. */
  public static RedisConnections connect(String url, RedisAdapterOptions options) {
    return new RedisConnections(RedisURI.create(url), options);
  }

  public static RedisConnections connect(String url) {
    return connect(url, RedisAdapterOptions.defaults());
  }

  /** Whether commands reach Redis now (the last one did and the connection is up). */
  public boolean isReachable() {
    return !down.get() && commands.isOpen();
  }

  /**
   * Runs a Lua script with a short deadline: the cluster state it serves sits on request paths.
   *
   * @throws RedisUnavailableException when Redis is away, slow or refuses the script
   */
  @SuppressWarnings("unchecked")
  <T> T eval(String script, ScriptOutputType type, List<String> keys, Object... args) {
    byte[][] keyBytes = keys.stream().map(RedisConnections::utf8).toArray(byte[][]::new);
    byte[][] argBytes = new byte[args.length][];
    for (int i = 0; i < args.length; i++) {
      argBytes[i] = utf8(String.valueOf(args[i]));
    }
    try {
      RedisFuture<Object> result = commands.async().eval(utf8(script), type, keyBytes, argBytes);
      return (T) result.get(STATE_COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RedisUnavailableException("interrupted", e);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      markDown(e);
      throw new RedisUnavailableException(String.valueOf(e.getMessage()), e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** This node's uid, as Node's adapter uid ({@code uid2(6)}). */
  public String uid() {
    return uid;
  }

  RedisAdapterOptions options() {
    return options;
  }

  ScheduledExecutorService timers() {
    return timers;
  }

  /** Publishes without waiting; a failure (Redis away) is logged once per outage. */
  void publish(String channel, byte[] payload) {
    try {
      commands
          .async()
          .publish(channel.getBytes(StandardCharsets.UTF_8), payload)
          .whenComplete(
              (receivers, error) -> {
                if (error != null) {
                  markDown(error);
                }
              });
    } catch (RuntimeException e) {
      markDown(e);
    }
  }

  /** How many connections subscribe to this channel (PUBSUB NUMSUB); 0 when Redis is away. */
  CompletableFuture<Long> subscriberCount(String channel) {
    CompletableFuture<Long> count = new CompletableFuture<>();
    try {
      commands
          .async()
          .pubsubNumsub(channel.getBytes(StandardCharsets.UTF_8))
          .whenComplete(
              (counts, error) -> {
                if (error != null) {
                  markDown(error);
                  count.complete(0L);
                } else {
                  count.complete(counts.values().stream().findFirst().orElse(0L));
                }
              });
    } catch (RuntimeException e) {
      markDown(e);
      count.complete(0L);
    }
    return count.completeOnTimeout(0L, options.requestsTimeout().toMillis(), TimeUnit.MILLISECONDS);
  }

  void subscribe(
      String pattern, MessageHandler patternHandler, Map<String, MessageHandler> channels) {
    patternHandlers.put(pattern, patternHandler);
    channelHandlers.putAll(channels);
    pubSub.async().psubscribe(pattern.getBytes(StandardCharsets.UTF_8));
    pubSub
        .async()
        .subscribe(
            channels.keySet().stream()
                .map(c -> c.getBytes(StandardCharsets.UTF_8))
                .toArray(byte[][]::new));
  }

  void unsubscribe(String pattern, Iterable<String> channels) {
    patternHandlers.remove(pattern);
    channels.forEach(channelHandlers::remove);
    if (pubSub.isOpen()) {
      pubSub.async().punsubscribe(pattern.getBytes(StandardCharsets.UTF_8));
      for (String channel : channels) {
        pubSub.async().unsubscribe(channel.getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private void markDown(Throwable error) {
    if (!closing && down.compareAndSet(false, true)) {
      LOG.log(
          System.Logger.Level.WARNING,
          "Redis is unreachable ("
              + error.getMessage()
              + "): serving local sockets only until it returns");
    }
  }

  private void dispatch(MessageHandler handler, String channel, byte[] message) {
    if (handler == null) {
      return;
    }
    inbound.execute(
        () -> {
          try {
            handler.onMessage(channel, message);
          } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Redis message on " + channel + " dropped", e);
          }
        });
  }

  private final class Dispatcher extends RedisPubSubAdapter<byte[], byte[]> {
    @Override
    public void message(byte[] channel, byte[] message) {
      String name = new String(channel, StandardCharsets.UTF_8);
      dispatch(channelHandlers.get(name), name, message);
    }

    @Override
    public void message(byte[] pattern, byte[] channel, byte[] message) {
      dispatch(
          patternHandlers.get(new String(pattern, StandardCharsets.UTF_8)),
          new String(channel, StandardCharsets.UTF_8),
          message);
    }
  }

  private final class StateLog implements RedisConnectionStateListener {
    @Override
    public void onRedisConnected(
        io.lettuce.core.RedisChannelHandler<?, ?> connection, SocketAddress address) {
      if (down.compareAndSet(true, false)) {
        LOG.log(
            System.Logger.Level.INFO,
            "Redis is back at " + address + ": resuming cross-node traffic");
      }
    }

    @Override
    public void onRedisDisconnected(io.lettuce.core.RedisChannelHandler<?, ?> connection) {
      markDown(new IllegalStateException("connection lost"));
    }
  }

  @Override
  public void close() {
    closing = true;
    try {
      pubSub.close();
      commands.close();
    } finally {
      shutdownClients();
      inbound.shutdownNow();
      timers.shutdownNow();
    }
  }

  private void shutdownClients() {
    commandClient.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    pubSubClient.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    resources.shutdown(0, 2, TimeUnit.SECONDS);
  }
}
