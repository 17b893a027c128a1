package dev.parley.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.domain.account.IdentifyingACaller;
import dev.parley.domain.account.IdentifyingACaller.Identification;
import dev.parley.domain.account.RegisteringAnAccount;
import dev.parley.domain.account.RegisteringAnAccount.Registration;
import dev.parley.domain.account.SigningIn;
import dev.parley.domain.account.SigningIn.SignIn;
import dev.parley.domain.account.User;
import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.port.AuditEvent;
import dev.parley.domain.port.AuditTrail;
import dev.parley.domain.port.NegotiationRepository;
import dev.parley.domain.port.PersonaCatalogue;
import dev.parley.domain.port.RateLimiter;
import dev.parley.domain.result.Rejection;
import dev.parley.domain.result.Result;
import dev.parley.domain.scenario.ScenarioCatalogue;
import dev.parley.domain.usecase.Caller;
import dev.parley.domain.usecase.ReadingTheDebrief;
import dev.parley.domain.usecase.ReadingTheHistory;
import dev.parley.domain.usecase.ReadingTheProgress;
import dev.parley.domain.usecase.StartingANegotiation;
import dev.parley.domain.usecase.TrustedProxies;
import dev.parley.http.Endpoints.Endpoint;
import dev.parley.http.Views.AuthView;
import dev.parley.http.Views.MessagePage;
import dev.parley.http.Views.MessageView;
import dev.parley.http.Views.NegotiationView;
import dev.parley.http.Views.PersonaView;
import dev.parley.http.Views.ScenarioDetail;
import dev.parley.http.Views.ScenarioSummary;
import dev.parley.http.Views.UserView;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;

/**
 * The REST API under {@code /api}. Every route but register and login needs {@code Authorization:
 * Bearer <token>}. Errors are {@code {"error":{"code","message"}}}. Mount it with {@link
 * #register(HttpRouting.Builder)} beside the other routes of the server. See docs/api.md.
 */
public final class RestApi {
  static final int DEFAULT_PAGE = 50;

  /** The history use case's own page limit. */
  static final int MAX_PAGE = 100;

  private final RegisteringAnAccount registering;
  private final SigningIn signingIn;
  private final IdentifyingACaller identifying;
  private final ScenarioCatalogue scenarios;
  private final PersonaCatalogue personas;
  private final NegotiationRepository negotiations;
  private final StartingANegotiation starting;
  private final ReadingTheHistory history;
  private final ReadingTheDebrief debriefs;
  private final ReadingTheProgress progress;
  private final RateLimiter rateLimiter;
  private final AuditTrail audit;
  private static final HeaderName X_FORWARDED_FOR = HeaderNames.create("X-Forwarded-For");

  private final Clock clock;
  private final TrustedProxies trustedProxies;
  private final AttemptLimit loginLimit;
  private final AttemptLimit registrationLimit;
  private final Endpoints endpoints;
  private final CrossOriginRequests crossOrigin;

  private RestApi(Builder b) {
    this.registering = Objects.requireNonNull(b.registering, "registering");
    this.signingIn = Objects.requireNonNull(b.signingIn, "signingIn");
    this.identifying = Objects.requireNonNull(b.identifying, "identifying");
    this.scenarios = Objects.requireNonNull(b.scenarios, "scenarios");
    this.personas = Objects.requireNonNull(b.personas, "personas");
    this.negotiations = Objects.requireNonNull(b.negotiations, "negotiations");
    this.starting = Objects.requireNonNull(b.starting, "starting");
    this.history = Objects.requireNonNull(b.history, "history");
    this.debriefs = Objects.requireNonNull(b.debriefs, "debriefs");
    this.progress = Objects.requireNonNull(b.progress, "progress");
    this.rateLimiter = Objects.requireNonNull(b.rateLimiter, "rateLimiter");
    this.audit = Objects.requireNonNull(b.audit, "audit");
    this.clock = Objects.requireNonNull(b.clock, "clock");
    this.trustedProxies = b.trustedProxies;
    this.loginLimit = Objects.requireNonNull(b.loginLimit, "loginLimit");
    this.registrationLimit = Objects.requireNonNull(b.registrationLimit, "registrationLimit");
    this.endpoints = new Endpoints(Objects.requireNonNull(b.metrics, "metrics"));
    this.crossOrigin =
        new CrossOriginRequests(
            Objects.requireNonNull(b.allowedOrigin, "allowedOrigin"), endpoints);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Adds the API's routes to {@code routing}. */
  public void register(HttpRouting.Builder routing) {
    crossOrigin.register(routing);
    route(routing, "POST", "/api/auth/register", this::register);
    route(routing, "POST", "/api/auth/login", this::login);
    route(routing, "GET", "/api/me", signedIn((req, user) -> Reply.ok(UserView.of(user))));
    route(
        routing,
        "GET",
        "/api/me/progress",
        signedIn(
            (req, user) -> Reply.ok(progress.of(new Caller(user.id(), "http", clientIp(req))))));
    route(routing, "GET", "/api/scenarios", signedIn((req, user) -> listScenarios(req)));
    route(routing, "GET", "/api/scenarios/{id}", signedIn(this::scenario));
    route(routing, "GET", "/api/personas", signedIn((req, user) -> listPersonas(req)));
    route(routing, "POST", "/api/negotiations", signedIn(this::startNegotiation));
    route(routing, "GET", "/api/negotiations", signedIn(this::myNegotiations));
    route(routing, "GET", "/api/negotiations/{id}", signedIn(this::negotiation));
    route(routing, "GET", "/api/negotiations/{id}/messages", signedIn(this::messagePage));
    route(routing, "GET", "/api/negotiations/{id}/debrief", signedIn(this::debrief));
    routing.any(
        "/api/*",
        endpoints.handler(
            "/api/*",
            req -> {
              throw ApiError.notFound(
                  "No such endpoint: " + req.prologue().method().text() + " " + req.path().path());
            }));
  }

  private void route(HttpRouting.Builder routing, String method, String path, Endpoint endpoint) {
    var handler = endpoints.handler(path, endpoint);
    switch (method) {
      case "GET" -> {
        routing.get(path, handler);
        // HEAD answers as GET would, without the body (see HeadRequests)
        routing.head(path, handler);
      }
      case "POST" -> routing.post(path, handler);
      default -> throw new IllegalArgumentException(method);
    }
  }

  private Reply register(ServerRequest req) {
    requireJson(req);
    limitAttempts(req, "register", registrationLimit, "registrations");
    JsonNode body = Json.readObject(req.content().inputStream());
    Registration result =
        registering.register(
            Json.requiredText(body, "email"),
            Json.requiredText(body, "password"),
            Json.optionalText(body, "display_name"));
    return switch (result) {
      case Registration.Registered r -> {
        audit(req, Optional.of(r.user().id()), "register", AuditEvent.OK);
        yield Reply.created(AuthView.of(r.user(), r.token()));
      }
      case Registration.Invalid invalid ->
          throw ApiError.badRequest(invalid.field() + " " + invalid.message());
      case Registration.EmailTaken taken -> {
        audit(req, Optional.empty(), "register", "EMAIL_TAKEN");
        throw new ApiError(409, "EMAIL_TAKEN", "An account with this email already exists");
      }
    };
  }

  private Reply login(ServerRequest req) {
    requireJson(req);
    limitAttempts(req, "login", loginLimit, "sign-in attempts");
    JsonNode body = Json.readObject(req.content().inputStream());
    SignIn result =
        signingIn.signIn(Json.requiredText(body, "email"), Json.requiredText(body, "password"));
    return switch (result) {
      case SignIn.SignedIn signedIn -> {
        audit(req, Optional.of(signedIn.user().id()), "login", AuditEvent.OK);
        yield Reply.ok(AuthView.of(signedIn.user(), signedIn.token()));
      }
      case SignIn.WrongCredentials wrong -> {
        audit(req, Optional.empty(), "login", "WRONG_CREDENTIALS");
        throw new ApiError(401, "INVALID_CREDENTIALS", "The email or password is wrong");
      }
    };
  }

  /**
   * Counts one {@code action} for the caller's IP address; a 429 once its budget is spent. Both
   * actions hash a password on purpose slowly, so unlimited attempts would also burn the CPU.
   */
  private void limitAttempts(ServerRequest req, String action, AttemptLimit limit, String what) {
    if (rateLimiter.tryAcquire(action + ":ip:" + clientIp(req), limit.attempts(), limit.window())
        instanceof RateLimiter.Decision.Limited limited) {
      audit(req, Optional.empty(), action, "RATE_LIMITED");
      long seconds = Math.max(1, (limited.retryAfter().toMillis() + 999) / 1000);
      throw new ApiError(
          429,
          "RATE_LIMITED",
          "Too many " + what + "; try again in " + seconds + " s",
          Map.of("Retry-After", Long.toString(seconds)));
    }
  }

  /**
   * 415 unless the body is declared {@code application/json} (parameters such as charset allowed).
   */
  private static void requireJson(ServerRequest req) {
    String type = req.headers().first(HeaderNames.CONTENT_TYPE).orElse("");
    int parameters = type.indexOf(';');
    String media = (parameters < 0 ? type : type.substring(0, parameters)).strip();
    if (!media.equalsIgnoreCase("application/json")) {
      throw ApiError.unsupportedMediaType(type);
    }
  }

  private Endpoint signedIn(BiFunction<ServerRequest, User, Reply> endpoint) {
    return req -> endpoint.apply(req, caller(req));
  }

  private User caller(ServerRequest req) {
    String header = req.headers().first(HeaderNames.AUTHORIZATION).orElse("");
    if (header.length() <= 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw ApiError.unauthorized();
    }
    return switch (identifying.identify(header.substring(7).strip())) {
      case Identification.Identified identified -> identified.user();
      case Identification.InvalidToken invalid -> throw ApiError.unauthorized();
      case Identification.UnknownUser unknown -> throw ApiError.unauthorized();
    };
  }

  private Reply listScenarios(ServerRequest req) {
    Cursors.Page<ScenarioSummary> page =
        Cursors.ofList(
            scenarios.all().stream().map(s -> ScenarioSummary.of(s.publicView())).toList(),
            ScenarioSummary::id,
            cursor(req),
            pageLimit(req));
    return Reply.ok(Views.listPage("scenarios", page));
  }

  private Reply scenario(ServerRequest req, User user) {
    return scenarios
        .find(req.path().pathParameters().get("id"))
        .map(s -> Reply.ok(ScenarioDetail.of(s.publicView())))
        .orElseThrow(() -> ApiError.notFound("No such scenario"));
  }

  private Reply listPersonas(ServerRequest req) {
    Cursors.Page<PersonaView> page =
        Cursors.ofList(
            personas.descriptors().stream().map(PersonaView::of).toList(),
            PersonaView::id,
            cursor(req),
            pageLimit(req));
    return Reply.ok(Views.listPage("personas", page));
  }

  private Reply startNegotiation(ServerRequest req, User user) {
    requireJson(req);
    JsonNode body = Json.readObject(req.content().inputStream());
    Result<Negotiation> started =
        starting.start(
            user.id(),
            Json.requiredText(body, "scenario_id"),
            Json.requiredText(body, "persona_id"));
    return Reply.created(NegotiationView.of(orRefuse(started, 422)));
  }

  /** The caller's negotiations, newest first, a page at a time ({@code limit}, {@code cursor}). */
  private Reply myNegotiations(ServerRequest req, User user) {
    int limit = pageLimit(req);
    Cursors.Page<Negotiation> page =
        Cursors.ofNegotiations(
            negotiations.pageByOwner(user.id(), Cursors.ownerPosition(cursor(req)), limit + 1),
            limit);
    return Reply.ok(
        Views.listPage(
            "negotiations",
            new Cursors.Page<>(
                page.items().stream().map(NegotiationView::of).toList(), page.nextCursor())));
  }

  private static int pageLimit(ServerRequest req) {
    return intParameter(req, "limit", DEFAULT_PAGE, 1, MAX_PAGE);
  }

  private static Optional<String> cursor(ServerRequest req) {
    return req.query().first("cursor").asOptional();
  }

  private Reply negotiation(ServerRequest req, User user) {
    return Reply.ok(NegotiationView.of(ownNegotiation(req, user)));
  }

  private Reply messagePage(ServerRequest req, User user) {
    UUID id = negotiationId(req);
    int limit = intParameter(req, "limit", DEFAULT_PAGE, 1, MAX_PAGE);
    long before =
        req.query().first("before").isPresent()
            ? intParameter(req, "before", 0, 1, Integer.MAX_VALUE)
            : Long.MAX_VALUE;
    List<Message> page =
        orRefuse(
            history.before(new Caller(user.id(), "http", clientIp(req)), id, before, limit), 400);
    // Sequences are gap-free from 1, so older messages exist exactly when the first is not 1.
    boolean hasMore = !page.isEmpty() && page.get(0).sequence() > 1;
    return Reply.ok(
        new MessagePage(id.toString(), page.stream().map(MessageView::of).toList(), hasMore));
  }

  /** The whole debrief of one of the caller's finished negotiations; 409 while it is running. */
  private Reply debrief(ServerRequest req, User user) {
    UUID id = negotiationId(req);
    return Reply.ok(
        orRefuse(debriefs.debrief(new Caller(user.id(), "http", clientIp(req)), id), 409));
  }

  /**
   * The value of a use case's result, or its refusal as an error reply: not found is 404 (also for
   * other users' negotiations), a rate limit 429, an invalid request {@code invalidStatus}.
   */
  private static <T> T orRefuse(Result<T> result, int invalidStatus) {
    return switch (result) {
      case Result.Ok<T> ok -> ok.value();
      case Result.Refused<T> refused -> throw refusal(refused.rejection(), invalidStatus);
    };
  }

  private static ApiError refusal(Rejection rejection, int invalidStatus) {
    return switch (rejection.code()) {
      case NEGOTIATION_NOT_FOUND -> ApiError.notFound("No such negotiation");
      case RATE_LIMITED ->
          new ApiError(
              429,
              "RATE_LIMITED",
              rejection.message(),
              rejection.retryAfter().isPresent()
                  ? Map.of(
                      "Retry-After",
                      Long.toString(Math.max(1, rejection.retryAfter().get().toSeconds())))
                  : Map.of());
      case INTERNAL_ERROR, AI_TIMEOUT, AI_UNAVAILABLE ->
          new ApiError(503, rejection.code().name(), rejection.message());
      case NEGOTIATION_NOT_ACTIVE, NEGOTIATION_EXPIRED, TOO_MANY_OPEN_NEGOTIATIONS ->
          new ApiError(409, rejection.code().name(), rejection.message());
      default -> new ApiError(invalidStatus, rejection.code().name(), rejection.message());
    };
  }

  private static UUID negotiationId(ServerRequest req) {
    try {
      return UUID.fromString(req.path().pathParameters().get("id"));
    } catch (IllegalArgumentException notAUuid) {
      throw ApiError.notFound("No such negotiation");
    }
  }

  /** The caller's negotiation named in the path; 404 when absent, malformed or someone else's. */
  private Negotiation ownNegotiation(ServerRequest req, User user) {
    return negotiations
        .findByIdAndOwner(negotiationId(req), user.id())
        .orElseThrow(() -> ApiError.notFound("No such negotiation"));
  }

  private static int intParameter(ServerRequest req, String name, int absent, int min, int max) {
    Optional<String> raw = req.query().first(name).asOptional();
    if (raw.isEmpty()) {
      return absent;
    }
    try {
      int value = Integer.parseInt(raw.get().strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // falls through to the refusal below
    }
    throw ApiError.badRequest(name + " must be a whole number from " + min + " to " + max);
  }

  private void audit(ServerRequest req, Optional<UUID> user, String event, String outcome) {
    audit.record(
        new AuditEvent(
            user,
            "http",
            clientIp(req),
            "http:" + event,
            Optional.empty(),
            outcome,
            "",
            clock.instant()));
  }

  /** The client's address: the peer's, or the one a trusted load balancer forwarded. */
  private String clientIp(ServerRequest req) {
    SocketAddress address = req.remotePeer().address();
    String peer =
        address instanceof InetSocketAddress inet && inet.getAddress() != null
            ? inet.getAddress().getHostAddress()
            : String.valueOf(address);
    return trustedProxies.clientOf(peer, req.headers().first(X_FORWARDED_FOR));
  }

  /** How many times one IP address may try an action (sign in, register) within a window. */
  public record AttemptLimit(int attempts, Duration window) {
    public static final AttemptLimit LOGIN_DEFAULT = new AttemptLimit(10, Duration.ofMinutes(1));
    public static final AttemptLimit REGISTRATION_DEFAULT =
        new AttemptLimit(20, Duration.ofHours(1));
  }

  /** Everything the API needs; every field is required except the defaults noted. */
  public static final class Builder {
    private RegisteringAnAccount registering;
    private SigningIn signingIn;
    private IdentifyingACaller identifying;
    private ScenarioCatalogue scenarios;
    private PersonaCatalogue personas;
    private NegotiationRepository negotiations;
    private StartingANegotiation starting;
    private ReadingTheHistory history;
    private ReadingTheDebrief debriefs;
    private ReadingTheProgress progress;
    private RateLimiter rateLimiter;
    private AuditTrail audit;
    private Clock clock = Clock.systemUTC();
    private TrustedProxies trustedProxies = TrustedProxies.NONE;
    private AttemptLimit loginLimit = AttemptLimit.LOGIN_DEFAULT;
    private AttemptLimit registrationLimit = AttemptLimit.REGISTRATION_DEFAULT;
    private HttpMetrics metrics;
    private BiPredicate<String, String> allowedOrigin;

    private Builder() {}

    public Builder accounts(
        RegisteringAnAccount registering, SigningIn signingIn, IdentifyingACaller identifying) {
      this.registering = registering;
      this.signingIn = signingIn;
      this.identifying = identifying;
      return this;
    }

    public Builder scenarios(ScenarioCatalogue scenarios) {
      this.scenarios = scenarios;
      return this;
    }

    public Builder personas(PersonaCatalogue personas) {
      this.personas = personas;
      return this;
    }

    /**
     * The caller's negotiations are read from {@code negotiations}; starting and history go through
     * the use cases.
     */
    public Builder negotiations(
        NegotiationRepository negotiations,
        StartingANegotiation starting,
        ReadingTheHistory history,
        ReadingTheDebrief debriefs,
        ReadingTheProgress progress) {
      this.negotiations = negotiations;
      this.starting = starting;
      this.history = history;
      this.debriefs = debriefs;
      this.progress = progress;
      return this;
    }

    /** Per-IP limits for sign-in attempts and registrations. */
    public Builder rateLimiter(
        RateLimiter rateLimiter, AttemptLimit loginLimit, AttemptLimit registrationLimit) {
      this.rateLimiter = rateLimiter;
      this.loginLimit = loginLimit;
      this.registrationLimit = registrationLimit;
      return this;
    }

    public Builder audit(AuditTrail audit) {
      this.audit = audit;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** Load balancers whose {@code X-Forwarded-For} names the client (default: none). */
    public Builder trustedProxies(TrustedProxies proxies) {
      this.trustedProxies = Objects.requireNonNull(proxies, "proxies");
      return this;
    }

    public Builder metrics(HttpMetrics metrics) {
      this.metrics = metrics;
      return this;
    }

    /**
     * The server's origin policy: whether a request with this {@code Origin} (non-null) and {@code
     * Host} header may proceed.
     */
    public Builder allowedOrigin(BiPredicate<String, String> allowedOrigin) {
      this.allowedOrigin = allowedOrigin;
      return this;
    }

    public RestApi build() {
      return new RestApi(this);
    }
  }
}
