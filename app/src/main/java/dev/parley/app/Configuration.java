package dev.parley.app;

import dev.parley.domain.usecase.NegotiationQuotas;
import dev.parley.domain.usecase.TrustedProxies;
import dev.parley.plugins.host.PluginSettings;
import dev.parley.postgres.DatabaseUrl;
import dev.parley.socketio.engine.OriginPolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * Everything Parley reads from its environment (design §9). {@link #parse} checks it all at once
 * and explains every problem in one line.
 *
 * @param port HTTP port ({@code PORT}, default 5000; 0 picks a free one)
 * @param host the address to listen on ({@code HOST}): default every interface ({@code 0.0.0.0}),
 *     but only the loopback ({@code 127.0.0.1}) in dev mode, whose demo account and random key are
 *     not for other machines
 * @param database {@code DATABASE_URL}; empty means in-memory storage
 * @param redisUrl {@code REDIS_URL}; empty means a single node
 * @param jwtSecret {@code JWT_SECRET}; empty only in dev mode (a random key is used then)
 * @param devMode {@code DEV_MODE}: demo account, dev events, optional JWT secret
 * @param pluginsDir {@code PLUGINS_DIR}: where an operator drops persona plugins in (default
 *     {@value #DEFAULT_PLUGINS_DIR}, relative to the working directory; not a build output, which
 *     {@code mvn clean} would wipe); they run in the persona host process
 * @param builtInPluginsDir {@code BUILTIN_PLUGINS_DIR}: the built-in persona plugins, run in the
 *     server (default: {@code plugins/} beside the app's jar, where the build puts them)
 * @param scenariosDir {@code SCENARIOS_DIR}: a directory of scenario files offered besides the
 *     built-in ones (a file with problems is left out and reported; the others are offered)
 * @param allowedOrigins {@code ALLOWED_ORIGINS}: comma-separated origins; empty means the page's
 *     own
 * @param nodeId {@code NODE_ID}: this node's name among many (default: a random one)
 * @param aiTimeout {@code AI_TIMEOUT_MS}: how long the AI may take to answer (default 30 s)
 * @param aiReplyDelayMax {@code AI_REPLY_DELAY_MAX_MS}: the longest the AI is shown typing before
 *     its reply appears (default 3 s; 0 shows replies at once, as tests and benchmarks do)
 * @param shutdownGrace {@code SHUTDOWN_GRACE_MS}: on SIGTERM, how long the node keeps its clients
 *     after turning its health to 503, so a load balancer stops sending new ones (default 3 s)
 * @param trustedProxies {@code TRUSTED_PROXIES}: comma-separated IP addresses of load balancers
 *     whose {@code X-Forwarded-For} names the client (default none)
 * @param limits {@code RATE_LIMIT_PER_MINUTE}, {@code EVENTS_PER_USER_PER_MINUTE} and {@code
 *     HANDSHAKES_PER_IP_PER_MINUTE}: the contract's 10, 600 and 120 unless raised (load tests)
 * @param quotas {@code OPEN_NEGOTIATIONS_PER_USER} and {@code NEGOTIATION_STARTS_PER_HOUR}: how
 *     many negotiations one user may have open, and start per hour (default 20 and 60)
 * @param connections {@code MAX_CONNECTIONS} and {@code HEADER_READ_TIMEOUT_MS}: how many
 *     connections the node holds at once (default half the process's descriptor limit) and how long
 *     a request's headers may take to arrive (default 10 s)
 */
public record Configuration(
    int port,
    String host,
    Optional<DatabaseUrl> database,
    Optional<URI> redisUrl,
    Optional<String> jwtSecret,
    boolean devMode,
    Path pluginsDir,
    Optional<Path> builtInPluginsDir,
    Optional<Path> scenariosDir,
    List<String> allowedOrigins,
    String nodeId,
    Duration aiTimeout,
    Duration aiReplyDelayMax,
    Duration shutdownGrace,
    TrustedProxies trustedProxies,
    Limits limits,
    NegotiationQuotas quotas,
    Connections connections) {

  /**
   * Per-minute limits: messages per user, Socket.IO events per user, handshakes per IP (Engine.IO
   * handshakes on each node, Socket.IO connections across the cluster).
   */
  public record Limits(int messagesPerUser, int eventsPerUser, int handshakesPerIp) {
    public static final Limits CONTRACT = new Limits(10, 600, 120);
  }

  /**
   * What the listener holds at once, and how long it waits for a request's headers.
   *
   * @param maxConnections open TCP connections; past them Helidon accepts no more until one closes,
   *     so the process never runs out of descriptors for its clients
   * @param headerReadTimeout from a request line to the end of its headers
   */
  public record Connections(int maxConnections, Duration headerReadTimeout) {
    /** Below the descriptor limit: files, jars, the database pool and Redis need theirs. */
    static int defaultMaxConnections(OptionalLong descriptorLimit) {
      return (int) Math.max(1, Math.min(Integer.MAX_VALUE, descriptorLimit.orElse(20_000) / 2));
    }

    /**
     * The Engine.IO sessions: a tenth of the connections stays free to answer the ones past the cap
     * with 503, and for the REST API and health checks.
     */
    public int maxSessions() {
      return Math.max(1, maxConnections - Math.max(1, maxConnections / 10));
    }
  }

  public static final Duration DEFAULT_HEADER_READ_TIMEOUT = Duration.ofSeconds(10);
  static final long MAX_HEADER_READ_TIMEOUT_MS = 600_000;

  public static final int DEFAULT_PORT = 5000;
  public static final String DEFAULT_PLUGINS_DIR = "var/plugins";
  public static final String ALL_INTERFACES = "0.0.0.0";
  public static final String LOOPBACK = "127.0.0.1";
  public static final Duration DEFAULT_AI_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(3);
  static final long MAX_AI_TIMEOUT_MS = 600_000;
  public static final Duration DEFAULT_AI_REPLY_DELAY_MAX = Duration.ofSeconds(3);
  static final long MAX_AI_REPLY_DELAY_MS = 30_000;
  static final long MAX_SHUTDOWN_GRACE_MS = 60_000;
  static final int MIN_SECRET_BYTES = 32;

  public Configuration {
    allowedOrigins = List.copyOf(allowedOrigins);
  }

  /** The outcome of {@link #parse}. */
  public sealed interface Parsed {
    record Valid(Configuration configuration) implements Parsed {}

    /** {@code problem} is one line naming every bad variable. */
    record Invalid(String problem) implements Parsed {}
  }

  public static Parsed parse(Map<String, String> env) {
    return parse(env, DescriptorLimit.ofThisProcess());
  }

  /** As {@link #parse(Map)}, for a process that may hold {@code descriptorLimit} descriptors. */
  static Parsed parse(Map<String, String> env, OptionalLong descriptorLimit) {
    List<String> problems = new ArrayList<>();

    int port = DEFAULT_PORT;
    String rawPort = value(env, "PORT");
    if (rawPort != null) {
      try {
        port = Integer.parseInt(rawPort);
        if (port < 0 || port > 65_535) {
          problems.add("PORT must be from 0 to 65535, got " + rawPort);
        }
      } catch (NumberFormatException e) {
        problems.add("PORT must be a number, got '" + rawPort + "'");
      }
    }

    Boolean devMode = false;
    String rawDev = value(env, "DEV_MODE");
    if (rawDev != null) {
      devMode =
          switch (rawDev.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> null;
          };
      if (devMode == null) {
        problems.add("DEV_MODE must be true or false, got '" + rawDev + "'");
        devMode = false;
      }
    }

    String host = value(env, "HOST");
    if (host == null) {
      host = devMode ? LOOPBACK : ALL_INTERFACES;
    } else if (!host.matches("[A-Za-z0-9.:_-]+|\\[[0-9A-Fa-f:.]+\\]")) {
      problems.add("HOST must be an IP address or a host name, got '" + host + "'");
    } else if (host.startsWith("[")) {
      host = host.substring(1, host.length() - 1);
    }

    Optional<DatabaseUrl> database = Optional.empty();
    String rawDatabase = value(env, "DATABASE_URL");
    if (rawDatabase != null) {
      try {
        database = Optional.of(DatabaseUrl.parse(rawDatabase));
      } catch (IllegalArgumentException e) {
        problems.add("DATABASE_URL " + e.getMessage());
      }
    }

    Optional<URI> redis = Optional.empty();
    String rawRedis = value(env, "REDIS_URL");
    if (rawRedis != null) {
      redis = redisUrl(rawRedis);
      if (redis.isEmpty()) {
        problems.add(
            "REDIS_URL must look like redis://host:6379 (or rediss://), got '" + rawRedis + "'");
      }
    }

    Optional<String> secret = Optional.ofNullable(value(env, "JWT_SECRET"));
    if (secret.isEmpty() && !devMode) {
      problems.add(
          "JWT_SECRET is required (at least " + MIN_SECRET_BYTES + " bytes) unless DEV_MODE=true");
    }
    if (secret.isPresent()
        && secret.get().getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
      problems.add("JWT_SECRET must be at least " + MIN_SECRET_BYTES + " bytes long");
    }

    Path plugins =
        Path.of(Optional.ofNullable(value(env, "PLUGINS_DIR")).orElse(DEFAULT_PLUGINS_DIR));
    Optional<Path> builtInPlugins =
        Optional.ofNullable(value(env, "BUILTIN_PLUGINS_DIR")).map(Path::of);
    Optional<Path> scenarios = Optional.ofNullable(value(env, "SCENARIOS_DIR")).map(Path::of);
    try {
      PluginSettings.grantsIn(env);
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }

    List<String> origins = new ArrayList<>();
    String rawOrigins = value(env, "ALLOWED_ORIGINS");
    if (rawOrigins != null) {
      for (String origin : rawOrigins.split(",")) {
        String trimmed = origin.strip();
        if (trimmed.isEmpty()) {
          continue;
        }
        if (isOrigin(trimmed)) {
          origins.add(trimmed);
        } else {
          problems.add(
              "ALLOWED_ORIGINS entries must be origins like https://app.example.org, got '"
                  + trimmed
                  + "'");
        }
      }
    }

    String nodeId = value(env, "NODE_ID");
    if (nodeId == null) {
      nodeId = "node-" + UUID.randomUUID().toString().substring(0, 8);
    } else if (!nodeId.matches("[A-Za-z0-9._-]{1,64}")) {
      problems.add("NODE_ID must be 1-64 letters, digits, '.', '_' or '-', got '" + nodeId + "'");
    }

    Duration aiTimeout =
        millis(env, "AI_TIMEOUT_MS", DEFAULT_AI_TIMEOUT, 1, MAX_AI_TIMEOUT_MS, problems);
    Duration aiReplyDelayMax =
        millis(
            env,
            "AI_REPLY_DELAY_MAX_MS",
            DEFAULT_AI_REPLY_DELAY_MAX,
            0,
            MAX_AI_REPLY_DELAY_MS,
            problems);
    Duration shutdownGrace =
        millis(
            env, "SHUTDOWN_GRACE_MS", DEFAULT_SHUTDOWN_GRACE, 0, MAX_SHUTDOWN_GRACE_MS, problems);

    Set<String> proxies = new LinkedHashSet<>();
    String rawProxies = value(env, "TRUSTED_PROXIES");
    if (rawProxies != null) {
      for (String proxy : rawProxies.split(",")) {
        String trimmed = proxy.strip();
        if (trimmed.isEmpty()) {
          continue;
        }
        Optional<String> address = ipLiteral(trimmed);
        if (address.isPresent()) {
          proxies.add(address.get());
        } else {
          problems.add(
              "TRUSTED_PROXIES entries must be IP addresses like 10.0.0.5 or ::1, got '"
                  + trimmed
                  + "'");
        }
      }
    }

    Limits limits =
        new Limits(
            perMinute(env, "RATE_LIMIT_PER_MINUTE", Limits.CONTRACT.messagesPerUser(), problems),
            perMinute(env, "EVENTS_PER_USER_PER_MINUTE", Limits.CONTRACT.eventsPerUser(), problems),
            perMinute(
                env, "HANDSHAKES_PER_IP_PER_MINUTE", Limits.CONTRACT.handshakesPerIp(), problems));

    NegotiationQuotas quotas =
        new NegotiationQuotas(
            perMinute(
                env,
                "OPEN_NEGOTIATIONS_PER_USER",
                NegotiationQuotas.defaults().openPerUser(),
                problems),
            perMinute(
                env,
                "NEGOTIATION_STARTS_PER_HOUR",
                NegotiationQuotas.defaults().startsPerHour(),
                problems));

    if (value(env, "EVENTS_PER_IP_PER_MINUTE") != null) {
      problems.add(
          "EVENTS_PER_IP_PER_MINUTE is gone: events are limited per user"
              + " (EVENTS_PER_USER_PER_MINUTE), so that people behind one address do not share"
              + " one budget");
    }

    Connections connections =
        new Connections(
            perMinute(
                env,
                "MAX_CONNECTIONS",
                Connections.defaultMaxConnections(descriptorLimit),
                problems),
            millis(
                env,
                "HEADER_READ_TIMEOUT_MS",
                DEFAULT_HEADER_READ_TIMEOUT,
                1,
                MAX_HEADER_READ_TIMEOUT_MS,
                problems));

    if (!problems.isEmpty()) {
      return new Parsed.Invalid(String.join("; ", problems).replaceAll("[\\r\\n]+", " "));
    }
    return new Parsed.Valid(
        new Configuration(
            port,
            host,
            database,
            redis,
            secret,
            devMode,
            plugins,
            builtInPlugins,
            scenarios,
            origins,
            nodeId,
            aiTimeout,
            aiReplyDelayMax,
            shutdownGrace,
            new TrustedProxies(proxies),
            limits,
            quotas,
            connections));
  }

  private static int perMinute(
      Map<String, String> env, String name, int fallback, List<String> problems) {
    String raw = value(env, name);
    if (raw == null) {
      return fallback;
    }
    try {
      int limit = Integer.parseInt(raw);
      if (limit >= 1) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    problems.add(name + " must be a whole number from 1 up, got '" + raw + "'");
    return fallback;
  }

  /** A duration in milliseconds from {@code min} to {@code max}; a bad one is a problem. */
  private static Duration millis(
      Map<String, String> env,
      String name,
      Duration fallback,
      long min,
      long max,
      List<String> problems) {
    String raw = value(env, name);
    if (raw == null) {
      return fallback;
    }
    try {
      long millis = Long.parseLong(raw);
      if (millis >= min && millis <= max) {
        return Duration.ofMillis(millis);
      }
      problems.add(name + " must be from " + min + " to " + max + ", got " + millis);
    } catch (NumberFormatException e) {
      problems.add(name + " must be a number of milliseconds, got '" + raw + "'");
    }
    return fallback;
  }

  /** The variable's value, or null when unset or blank. */
  private static String value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Optional<URI> redisUrl(String raw) {
    try {
      URI uri = new URI(raw);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("redis") || scheme.equals("rediss")) && uri.getHost() != null) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // refused below
    }
    return Optional.empty();
  }

  /** The address as the server writes peers (so {@code ::1} matches), never a DNS lookup. */
  private static Optional<String> ipLiteral(String raw) {
    boolean v4 =
        raw.matches("\\d{1,3}(\\.\\d{1,3}){3}")
            && Arrays.stream(raw.split("\\.")).allMatch(part -> Integer.parseInt(part) <= 255);
    boolean v6 = raw.contains(":") && raw.matches("[0-9A-Fa-f:.]+");
    if (!v4 && !v6) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(raw).getHostAddress());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  private static boolean isOrigin(String raw) {
    try {
      URI uri = new URI(raw);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
          && uri.getRawQuery() == null
          && uri.getRawUserInfo() == null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** The one origin policy of the Socket.IO transports and the REST API. */
  public OriginPolicy originPolicy() {
    return OriginPolicy.only(allowedOrigins);
  }

  @Override
  public String toString() {
    return "Configuration[port="
        + port
        + ", database="
        + database.map(DatabaseUrl::toString).orElse("in-memory")
        + ", redis="
        + redisUrl.map(u -> u.getHost() + ":" + u.getPort()).orElse("none")
        + ", jwtSecret="
        + (jwtSecret.isPresent() ? "set" : "random (dev)")
        + ", devMode="
        + devMode
        + ", pluginsDir="
        + pluginsDir
        + ", scenariosDir="
        + scenariosDir.map(Path::toString).orElse("none")
        + ", allowedOrigins="
        + allowedOrigins
        + ", nodeId="
        + nodeId
        + ", aiTimeout="
        + aiTimeout.toMillis()
        + " ms, aiReplyDelayMax="
        + aiReplyDelayMax.toMillis()
        + " ms, shutdownGrace="
        + shutdownGrace.toMillis()
        + " ms, trustedProxies="
        + trustedProxies.addresses()
        + ", limits="
        + limits
        + ", connections="
        + connections
        + ", quotas="
        + quotas
        + "]";
  }
}
