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
import dev.parley.domain.scenario.ScenarioCatalogue;
import dev.parley.domain.scoring.Scoring;
import dev.parley.domain.usecase.Ports;
import dev.parley.domain.usecase.ReadingTheHistory;
import dev.parley.domain.usecase.StartingANegotiation;
import dev.parley.http.HttpMetrics;
import dev.parley.http.Observability;
import dev.parley.http.RestApi;
import dev.parley.http.auth.BcryptPasswordHasher;
import dev.parley.http.auth.JwtTokenService;
import dev.parley.memory.InMemoryRateLimiter;
import io.helidon.webserver.WebServer;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

/**
 * A running Parley: the configured storage, the account services and the REST API on one WebServer.
 * {@link #start} wires everything; {@link #close} stops serving and then closes storage (which
 * writes the audit events still queued).
 */
public final class Parley implements AutoCloseable {
  static final String DEMO_EMAIL = "demo@parley.dev";
  static final String DEMO_PASSWORD = "parley-demo";

  private final WebServer server;
  private final Storage storage;
  private final SocketGatewayWiring socketGateway;

  private Parley(WebServer server, Storage storage, SocketGatewayWiring socketGateway) {
    this.server = server;
    this.storage = storage;
    this.socketGateway = socketGateway;
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
    try {
      String secret = config.jwtSecret().orElseGet(Parley::randomSecret);
      TokenService tokens = new JwtTokenService(secret, JwtTokenService.DEFAULT_LIFETIME, clock);
      PasswordHasher hasher = new BcryptPasswordHasher(bcryptCost);
      RegisteringAnAccount registering =
          new RegisteringAnAccount(storage.users(), hasher, tokens, clock);
      RateLimiter rateLimiter = new InMemoryRateLimiter(clock);
      var rooms = socketGateway.rooms();
      Ports ports =
          new Ports(
              storage.negotiations(),
              storage.messages(),
              storage.audit(),
              rateLimiter,
              rooms,
              rooms,
              personas,
              ScenarioCatalogue.builtIn(),
              IdGenerator.random(),
              clock);
      HttpMetrics metrics = new HttpMetrics();
      storage
          .postgres()
          .ifPresent(
              db ->
                  metrics.gauge(
                      "parley_audit_events_dropped",
                      "Audit events that could not be written.",
                      db::droppedAuditEvents));
      IdentifyingACaller identifying = new IdentifyingACaller(tokens, storage.users());
      socketGateway.install(ports, config, identifying);
      RestApi api =
          RestApi.builder()
              .accounts(registering, new SigningIn(storage.users(), hasher, tokens), identifying)
              .scenarios(ports.scenarios())
              .personas(personas)
              .negotiations(
                  storage.negotiations(),
                  new StartingANegotiation(ports),
                  new ReadingTheHistory(ports, new Scoring()))
              .rateLimiter(
                  rateLimiter,
                  RestApi.AttemptLimit.LOGIN_DEFAULT,
                  RestApi.AttemptLimit.REGISTRATION_DEFAULT)
              .audit(storage.audit())
              .clock(clock)
              .metrics(metrics)
              .build();
      Observability observability = new Observability(storage.healthChecks(), metrics);

      var builder =
          WebServer.builder()
              .port(config.port())
              .routing(
                  routing -> {
                    socketGateway.register(routing);
                    WebClient.registerConfig(routing, config.devMode());
                    api.register(routing);
                    observability.register(routing);
                  });
      socketGateway.mount(builder);
      builder.addFeature(WebClient.page());
      WebServer server = builder.build().start();
      out.println(
          "Parley "
              + config.nodeId()
              + " listening on http://localhost:"
              + server.port()
              + " with "
              + storage.describe()
              + " storage");
      if (config.devMode()) {
        seedDemoAccount(registering, config, out);
      }
      return new Parley(server, storage, socketGateway);
    } catch (RuntimeException e) {
      socketGateway.close();
      storage.close();
      throw e;
    }
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

  @Override
  public void close() {
    socketGateway.close();
    server.stop();
    storage.close();
  }
}
