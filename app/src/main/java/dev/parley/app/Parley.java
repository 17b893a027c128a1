package dev.parley.app;

import dev.parley.domain.account.IdentifyingACaller;
import dev.parley.domain.account.PasswordHasher;
import dev.parley.domain.account.RegisteringAnAccount;
import dev.parley.domain.account.RegisteringAnAccount.Registration;
import dev.parley.domain.account.SigningIn;
import dev.parley.domain.account.TokenService;
import dev.parley.domain.port.IdGenerator;
import dev.parley.domain.port.PersonaCatalogue;
import dev.parley.domain.port.RateLimiter;
import dev.parley.domain.scoring.Scoring;
import dev.parley.domain.usecase.Ports;
import dev.parley.domain.usecase.ReadingTheDebrief;
import dev.parley.domain.usecase.ReadingTheHistory;
import dev.parley.domain.usecase.ReadingTheProgress;
import dev.parley.domain.usecase.StartingANegotiation;
import dev.parley.http.ClientFaultLog;
import dev.parley.http.ConnectionClose;
import dev.parley.http.HeadRequests;
import dev.parley.http.HeaderReadTimeout;
import dev.parley.http.HealthCheck;
import dev.parley.http.HttpMetrics;
import dev.parley.http.Observability;
import dev.parley.http.RestApi;
import dev.parley.http.SecurityHeaders;
import dev.parley.http.auth.BcryptPasswordHasher;
import dev.parley.http.auth.JwtTokenService;
import dev.parley.http.auth.ZxcvbnPasswordScreen;
import dev.parley.plugins.host.BuiltInsAndDroppedIn;
import io.helidon.webserver.WebServer;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A running Parley: the configured storage, the account services and the REST API on one WebServer.
 * {@link #start} wires everything; {@link #shutDown} drains the node (see there), and {@link
 * #close} does so without waiting for a load balancer.
 */
public final class Parley implements AutoCloseable {
  static final String DEMO_EMAIL = "demo@parley.dev";
  static final String DEMO_PASSWORD = "parley-demo-password";

  private static final System.Logger LOG = System.getLogger(Parley.class.getName());

  private final WebServer server;
  private final Storage storage;
  private final SocketGatewayWiring socketGateway;
  private final ClusterState cluster;
  private final AtomicBoolean accepting;
  private final HeaderReadTimeout headerReadTimeout;
  private final AtomicBoolean shutDown = new AtomicBoolean();

  private Parley(
      WebServer server,
      Storage storage,
      SocketGatewayWiring socketGateway,
      ClusterState cluster,
      AtomicBoolean accepting,
      HeaderReadTimeout headerReadTimeout) {
    this.server = server;
    this.storage = storage;
    this.socketGateway = socketGateway;
    this.cluster = cluster;
    this.accepting = accepting;
    this.headerReadTimeout = headerReadTimeout;
  }

  /**
   * Starts Parley as configured, with {@code personas} on offer; status lines go to {@code out}.
   */
  public static Parley start(Configuration config, PersonaCatalogue personas, PrintStream out) {
    return start(config, personas, out, BcryptPasswordHasher.PRODUCTION_COST);
  }

  /** As {@link #start(Configuration, PersonaCatalogue, PrintStream)}; tests pass a cheap cost. */
  static Parley start(
      Configuration config, PersonaCatalogue personas, PrintStream out, int bcryptCost) {
    Clock clock = Clock.systemUTC();
    Storage storage = Storage.of(config);
    SocketGatewayWiring socketGateway = SocketGatewayWiring.create(config);
    ClusterState cluster = ClusterState.of(socketGateway.redis(), config.nodeId(), clock);
    AtomicBoolean accepting = new AtomicBoolean(true);
    HeaderReadTimeout headerReadTimeout =
        new HeaderReadTimeout(config.connections().headerReadTimeout());
    try {
      String secret = config.jwtSecret().orElseGet(Parley::randomSecret);
      TokenService tokens = new JwtTokenService(secret, JwtTokenService.DEFAULT_LIFETIME, clock);
      PasswordHasher hasher = new BcryptPasswordHasher(bcryptCost);
      RegisteringAnAccount registering =
          new RegisteringAnAccount(
              storage.users(), hasher, new ZxcvbnPasswordScreen(), tokens, clock);
      RateLimiter rateLimiter = cluster.sharedLimits();
      Ports ports =
          new Ports(
              storage.negotiations(),
              storage.messages(),
              storage.audit(),
              rateLimiter,
              socketGateway.rooms(),
              cluster.presence(),
              personas,
              ScenarioWiring.catalogue(config, out),
              IdGenerator.random(),
              clock,
              storage.debriefs());
      HttpMetrics metrics = new HttpMetrics();
      registerConnectionMetrics(metrics, socketGateway);
      metrics.counters(
          "parley_client_faults_total",
          "Connections clients broke (closed mid-request, reset, too slow, malformed), by cause.",
          "cause",
          ClientFaultLog.installed()::counts);
      storage
          .postgres()
          .ifPresent(
              db ->
                  metrics.gauge(
                      "parley_audit_events_dropped",
                      "Audit events that could not be written.",
                      db::droppedAuditEvents));
      if (personas instanceof BuiltInsAndDroppedIn all) {
        PersonaMetrics.register(metrics, all.droppedIn());
      }
      IdentifyingACaller identifying = new IdentifyingACaller(tokens, storage.users());
      socketGateway.install(ports, config, identifying, cluster);
      RestApi api =
          RestApi.builder()
              .accounts(registering, new SigningIn(storage.users(), hasher, tokens), identifying)
              .scenarios(ports.scenarios())
              .personas(personas)
              .negotiations(
                  storage.negotiations(),
                  new StartingANegotiation(ports, config.quotas()),
                  new ReadingTheHistory(ports, new Scoring()),
                  new ReadingTheDebrief(ports, new Scoring()),
                  new ReadingTheProgress(ports, new Scoring()))
              .rateLimiter(
                  rateLimiter,
                  RestApi.AttemptLimit.LOGIN_DEFAULT,
                  RestApi.AttemptLimit.REGISTRATION_DEFAULT)
              .audit(storage.audit())
              .clock(clock)
              .trustedProxies(config.trustedProxies())
              .metrics(metrics)
              .allowedOrigin(config.originPolicy()::allows)
              .build();
      List<HealthCheck> checks = new ArrayList<>();
      // a draining node answers 503 so that load balancers send new clients elsewhere
      checks.add(new HealthCheck("accepting", accepting::get));
      checks.addAll(storage.healthChecks());
      checks.addAll(cluster.healthChecks());
      Observability observability = new Observability(checks, metrics);

      var builder =
          WebServer.builder()
              // Main drains the node on SIGTERM; Helidon's own hook would cut connections first
              .shutdownHook(false)
              // Helidon's own answers (no such route, a bad request) carry no body for HEAD
              .directHandlers(HeadRequests.directHandlers())
              .host(config.host())
              .port(config.port())
              .routing(
                  routing -> {
                    ConnectionClose.register(routing);
                    SecurityHeaders.register(routing);
                    socketGateway.register(routing);
                    WebClient.registerConfig(routing, config.devMode());
                    api.register(routing);
                    observability.register(routing);
                  });
      ConnectionLimits.apply(builder, config.connections(), headerReadTimeout);
      socketGateway.mount(builder);
      builder.addFeature(WebClient.page());
      // Seeded before the server answers anything: once health answers, the demo login works.
      if (config.devMode()) {
        seedDemoAccount(registering, config, out);
      }
      WebServer server = builder.build().start();
      out.println(
          "Parley "
              + config.nodeId()
              + " listening on http://localhost:"
              + server.port()
              + " (bound to "
              + config.host()
              + ") with "
              + storage.describe()
              + " storage");
      return new Parley(server, storage, socketGateway, cluster, accepting, headerReadTimeout);
    } catch (RuntimeException e) {
      headerReadTimeout.close();
      socketGateway.close();
      cluster.close();
      socketGateway.closeRedis();
      storage.close();
      throw e;
    }
  }

  private static void registerConnectionMetrics(
      HttpMetrics metrics, SocketGatewayWiring socketGateway) {
    metrics.gauge(
        "parley_socketio_connections",
        "Open Engine.IO sessions on this node.",
        socketGateway::openConnections);
    metrics.gauge(
        "parley_socketio_refused_at_capacity_total",
        "New Engine.IO sessions refused with 503: MAX_CONNECTIONS left no room.",
        socketGateway::refusedAtCapacity);
    metrics.gauge(
        "parley_socketio_handshakes_refused_total",
        "Engine.IO handshakes refused with 429: over HANDSHAKES_PER_IP_PER_MINUTE.",
        socketGateway::refusedHandshakes);
  }

  private static void seedDemoAccount(
      RegisteringAnAccount registering, Configuration config, PrintStream out) {
    Registration demo = registering.register(DEMO_EMAIL, DEMO_PASSWORD, "Demo");
    if (demo instanceof Registration.Invalid invalid) {
      throw new IllegalStateException("the demo account is invalid: " + invalid);
    }
    out.println("DEV_MODE: sign in as " + DEMO_EMAIL + " / " + DEMO_PASSWORD);
    if (config.jwtSecret().isEmpty()) {
      out.println(
          "DEV_MODE: JWT_SECRET is not set, tokens are signed with a random key and end with this"
              + " process");
    }
  }

  private static String randomSecret() {
    byte[] key = new byte[48];
    new SecureRandom().nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  public int port() {
    return server.port();
  }

  /**
   * Drains this node: health turns 503 and new connections are refused, then after {@code
   * loadBalancerGrace} (the time a load balancer needs to notice) every client is disconnected so
   * it reconnects to another node; the AI turns in flight finish, the node leaves the cluster's
   * presence, and the audit events still queued are written. Runs once; later calls return.
   */
  public void shutDown(Duration loadBalancerGrace) {
    if (!shutDown.compareAndSet(false, true)) {
      return;
    }
    accepting.set(false);
    socketGateway.stopAccepting();
    LOG.log(System.Logger.Level.INFO, "draining: refusing new connections");
    pause(loadBalancerGrace);
    socketGateway.close();
    cluster.close();
    socketGateway.closeRedis();
    server.stop();
    headerReadTimeout.close();
    storage.close();
    LOG.log(System.Logger.Level.INFO, "drained and stopped");
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    shutDown(Duration.ZERO);
  }
}
