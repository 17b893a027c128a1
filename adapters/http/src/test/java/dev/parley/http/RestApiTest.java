package dev.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.domain.account.IdentifyingACaller;
import dev.parley.domain.account.RegisteringAnAccount;
import dev.parley.domain.account.SigningIn;
import dev.parley.domain.negotiation.AiMetadata;
import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.negotiation.NewMessage;
import dev.parley.domain.negotiation.Phase;
import dev.parley.domain.negotiation.ReadAs;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaDescriptor;
import dev.parley.domain.port.IdGenerator;
import dev.parley.domain.port.PersonaCatalogue;
import dev.parley.domain.port.RoomEvents;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.ScenarioCatalogue;
import dev.parley.domain.scoring.Scoring;
import dev.parley.domain.terms.Terms;
import dev.parley.domain.usecase.NegotiationQuotas;
import dev.parley.domain.usecase.Ports;
import dev.parley.domain.usecase.ReadingTheDebrief;
import dev.parley.domain.usecase.ReadingTheHistory;
import dev.parley.domain.usecase.ReadingTheProgress;
import dev.parley.domain.usecase.StartingANegotiation;
import dev.parley.http.auth.BcryptPasswordHasher;
import dev.parley.http.auth.JwtTokenService;
import dev.parley.http.auth.ZxcvbnPasswordScreen;
import dev.parley.memory.InMemoryAuditTrail;
import dev.parley.memory.InMemoryMessages;
import dev.parley.memory.InMemoryNegotiations;
import dev.parley.memory.InMemoryRateLimiter;
import dev.parley.memory.InMemoryRoomPresence;
import dev.parley.memory.InMemoryUsers;
import dev.parley.scenarios.ScenarioLibrary;
import dev.parley.socketio.testing.RawHttp;
import io.helidon.webserver.WebServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The REST API over real HTTP against a real server on a random port, on the memory adapters. */
class RestApiTest {
  static final String SECRET = "rest-test-secret-of-at-least-32-bytes";
  static final ObjectMapper JSON = new ObjectMapper();
  static final String LISTED_ORIGIN = "https://app.example";
  static final ScenarioCatalogue SCENARIOS = ScenarioLibrary.builtIn();
  static final Scenario SCENARIO = SCENARIOS.all().get(0);
  static final PersonaDescriptor PERSONA =
      new PersonaDescriptor(
          "tough-manager", "Tough manager", "Concedes slowly.", "competitive", "rules-v1");
  static final AtomicBoolean databaseUp = new AtomicBoolean(true);
  static final AtomicBoolean redisUp = new AtomicBoolean(true);

  static WebServer server;
  static HttpClient http;
  static InMemoryMessages messages;
  static InMemoryNegotiations negotiations;
  static InMemoryAuditTrail audit;
  static int loginAttemptsAllowed = 5;
  static int registrationsAllowed = 1000;

  @BeforeAll
  static void start() {
    var users = new InMemoryUsers();
    var hasher = new BcryptPasswordHasher(4);
    var tokens = new JwtTokenService(SECRET, Duration.ofHours(1), Clock.systemUTC());
    messages = new InMemoryMessages();
    audit = new InMemoryAuditTrail(1000);
    var metrics = new HttpMetrics();
    metrics.gauge("parley_test_gauge", "A gauge registered by the composition root.", () -> 7);
    PersonaCatalogue personas =
        new PersonaCatalogue() {
          @Override
          public List<PersonaDescriptor> descriptors() {
            return List.of(PERSONA);
          }

          @Override
          public Optional<Persona> find(String personaId) {
            return PERSONA.id().equals(personaId)
                ? Optional.of(
                    new Persona() {
                      @Override
                      public PersonaDescriptor descriptor() {
                        return PERSONA;
                      }

                      @Override
                      public dev.parley.domain.persona.PersonaReply reply(
                          dev.parley.domain.persona.PersonaTurn turn) {
                        throw new UnsupportedOperationException("not used by the REST API");
                      }
                    })
                : Optional.empty();
          }
        };
    negotiations = new InMemoryNegotiations();
    var rateLimiter = new InMemoryRateLimiter(Clock.systemUTC());
    Ports ports =
        new Ports(
            negotiations,
            messages,
            audit,
            rateLimiter,
            new NoRoom(),
            new InMemoryRoomPresence(),
            personas,
            SCENARIOS,
            IdGenerator.random(),
            Clock.systemUTC());
    RestApi api =
        RestApi.builder()
            .accounts(
                new RegisteringAnAccount(
                    users, hasher, new ZxcvbnPasswordScreen(), tokens, Clock.systemUTC()),
                new SigningIn(users, hasher, tokens),
                new IdentifyingACaller(tokens, users))
            .scenarios(SCENARIOS)
            .personas(personas)
            .negotiations(
                negotiations,
                new StartingANegotiation(ports, NegotiationQuotas.defaults()),
                new ReadingTheHistory(ports, new Scoring()),
                new ReadingTheDebrief(ports, new Scoring()),
                new ReadingTheProgress(ports, new Scoring()))
            .rateLimiter(
                rateLimiter,
                new RestApi.AttemptLimit(loginAttemptsAllowed, Duration.ofMinutes(10)),
                new RestApi.AttemptLimit(registrationsAllowed, Duration.ofMinutes(10)))
            .audit(audit)
            .metrics(metrics)
            .allowedOrigin((origin, host) -> LISTED_ORIGIN.equals(origin))
            .build();
    Observability observability =
        new Observability(
            List.of(
                new HealthCheck("database", databaseUp::get),
                HealthCheck.degrading("redis", redisUp::get)),
            metrics);
    server =
        WebServer.builder()
            .host("127.0.0.1")
            .port(0)
            .directHandlers(HeadRequests.directHandlers())
            .routing(
                r -> {
                  api.register(r);
                  observability.register(r);
                })
            .build()
            .start();
    http = HttpClient.newHttpClient();
  }

  /** The REST API emits no room events; nobody listens in these tests. */
  static final class NoRoom implements RoomEvents {
    @Override
    public void messageReceived(Message message) {}

    @Override
    public void aiTyping(UUID negotiationId, boolean typing, Duration estimatedTime) {}

    @Override
    public void aiMessage(Message message) {}

    @Override
    public void negotiationUpdate(Negotiation negotiation) {}
  }

  @AfterAll
  static void stop() {
    server.stop();
    http.close();
  }

  // ---- a tiny client ----

  record Response(int status, JsonNode body, HttpResponse<String> raw) {
    String code() {
      return body.path("error").path("code").asText();
    }
  }

  static Response send(String method, String path, String token, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode json =
          response.body().isEmpty()
                  || !response.headers().firstValue("Content-Type").orElse("").contains("json")
              ? JSON.createObjectNode()
              : JSON.readTree(response.body());
      return new Response(response.statusCode(), json, response);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Response get(String path, String token) {
    return send("GET", path, token, null);
  }

  static Response post(String path, String token, String body) {
    return send("POST", path, token, body);
  }

  static String json(Map<String, ?> fields) {
    try {
      return JSON.writeValueAsString(fields);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Registers a new account with a unique email and returns its token. */
  static String newAccount() {
    String email = "u" + UUID.randomUUID() + "@example.org";
    Response r =
        post(
            "/api/auth/register",
            null,
            json(Map.of("email", email, "password", "long enough to pass")));
    assertThat(r.status()).isEqualTo(201);
    return r.body().path("access_token").asText();
  }

  static String startNegotiation(String token) {
    Response r =
        post(
            "/api/negotiations",
            token,
            json(Map.of("scenario_id", SCENARIO.id(), "persona_id", PERSONA.id())));
    assertThat(r.status()).isEqualTo(201);
    return r.body().path("id").asText();
  }

  // ---- origins ----

  @Nested
  class Origins {
    HttpResponse<String> withOrigin(String method, String path, String origin, String body)
        throws Exception {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
              .method(method, HttpRequest.BodyPublishers.ofString(body))
              .header("Content-Type", "application/json")
              .header("Origin", origin)
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_foreign_origin_is_refused_before_any_handler_runs() throws Exception {
      String email = "u" + UUID.randomUUID() + "@example.org";
      String account = json(Map.of("email", email, "password", "long enough to pass"));

      HttpResponse<String> refused =
          withOrigin("POST", "/api/auth/register", "https://evil.example", account);

      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(JSON.readTree(refused.body()).path("error").path("code").asText())
          .isEqualTo("ORIGIN_NOT_ALLOWED");
      assertThat(refused.headers().firstValue("access-control-allow-origin")).isEmpty();
      assertThat(post("/api/auth/login", null, account).status())
          .as("no account was made")
          .isEqualTo(401);
    }

    @Test
    void an_allowed_origin_is_echoed_and_its_preflight_answered() throws Exception {
      HttpResponse<String> preflight = withOrigin("OPTIONS", "/api/me", LISTED_ORIGIN, "");
      assertThat(preflight.statusCode()).isEqualTo(204);
      assertThat(preflight.headers().firstValue("access-control-allow-origin"))
          .hasValue(LISTED_ORIGIN);
      assertThat(preflight.headers().firstValue("access-control-allow-methods"))
          .hasValueSatisfying(methods -> assertThat(methods).contains("POST"));
      assertThat(preflight.headers().firstValue("access-control-allow-credentials")).isEmpty();

      HttpResponse<String> me = withOrigin("GET", "/api/me", LISTED_ORIGIN, "");
      assertThat(me.statusCode()).isEqualTo(401);
      assertThat(me.headers().firstValue("access-control-allow-origin")).hasValue(LISTED_ORIGIN);
      assertThat(me.headers().allValues("vary")).contains("Origin");
    }
  }

  // ---- accounts ----

  @Nested
  class Registering {
    @Test
    void registering_answers_201_with_the_user_and_a_token_that_works() {
      Response r =
          post(
              "/api/auth/register",
              null,
              json(
                  Map.of(
                      "email",
                      "Grace@Example.org",
                      "password",
                      "long enough to pass",
                      "display_name",
                      "Grace")));

      assertThat(r.status()).isEqualTo(201);
      assertThat(r.body().path("user").path("email").asText()).isEqualTo("grace@example.org");
      assertThat(r.body().path("user").path("display_name").asText()).isEqualTo("Grace");
      assertThat(r.body().path("user").has("password_hash")).isFalse();
      assertThat(r.body().path("token_type").asText()).isEqualTo("Bearer");
      String token = r.body().path("access_token").asText();
      assertThat(JWT.decode(token).getClaim("userId").asString())
          .isEqualTo(r.body().path("user").path("id").asText());

      Response me = get("/api/me", token);
      assertThat(me.status()).isEqualTo(200);
      assertThat(me.body().path("email").asText()).isEqualTo("grace@example.org");
    }

    @Test
    void a_taken_email_is_409_whatever_its_case() {
      post(
          "/api/auth/register",
          null,
          json(Map.of("email", "dup@example.org", "password", "long enough to pass")));

      Response again =
          post(
              "/api/auth/register",
              null,
              json(Map.of("email", "DUP@example.org", "password", "another password here")));

      assertThat(again.status()).isEqualTo(409);
      assertThat(again.code()).isEqualTo("EMAIL_TAKEN");
    }

    @Test
    void a_common_or_guessable_password_is_refused_whatever_its_length() {
      for (String guessable :
          List.of("passwordpassword", "123456789012345", "qwertyuiopasdfgh", "iloveyouiloveyou")) {
        Response refused =
            post(
                "/api/auth/register",
                null,
                json(
                    Map.of(
                        "email", "g" + UUID.randomUUID() + "@example.org", "password", guessable)));
        assertThat(refused.status()).as(guessable).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.body().path("error").path("message").asText())
            .as(guessable)
            .contains("password")
            .contains("too easy to guess");
      }
      Response fourteen =
          post(
              "/api/auth/register",
              null,
              json(Map.of("email", "f@example.org", "password", "fourteen chars")));
      assertThat(fourteen.body().path("error").path("message").asText()).contains("15");
      assertThat(
              post(
                      "/api/auth/register",
                      null,
                      json(
                          Map.of(
                              "email", "p@example.org", "password", "practise negotiating daily")))
                  .status())
          .isEqualTo(201);
    }

    @Test
    void invalid_fields_are_400_naming_the_field() {
      Response badEmail =
          post(
              "/api/auth/register",
              null,
              json(Map.of("email", "nope", "password", "long enough to pass")));
      Response shortPassword =
          post("/api/auth/register", null, json(Map.of("email", "a@b.org", "password", "short")));
      Response missing = post("/api/auth/register", null, json(Map.of("email", "a@b.org")));
      Response wrongType =
          post(
              "/api/auth/register", null, "{\"email\": 42, \"password\": \"long enough to pass\"}");

      assertThat(List.of(badEmail, shortPassword, missing, wrongType))
          .allSatisfy(
              r -> {
                assertThat(r.status()).isEqualTo(400);
                assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
              });
      assertThat(badEmail.body().path("error").path("message").asText()).contains("email");
      assertThat(shortPassword.body().path("error").path("message").asText()).contains("password");
    }

    @Test
    void malformed_json_and_non_objects_are_400_never_500() {
      for (String body :
          List.of(
              "{\"email\":",
              "not json",
              "[1,2]",
              "\"text\"",
              "null",
              "",
              "{\"email\":\"a@b.org\",}")) {
        Response r = post("/api/auth/register", null, body);
        assertThat(r.status()).as(body).isEqualTo(400);
        assertThat(r.code()).as(body).isEqualTo("INVALID_JSON");
      }
    }

    @Test
    void an_oversized_body_is_413() {
      Response r =
          post(
              "/api/auth/register",
              null,
              json(Map.of("email", "big@example.org", "password", "x".repeat(70_000))));

      assertThat(r.status()).isEqualTo(413);
    }
  }

  @Nested
  class SigningInTests {
    @Test
    void the_right_password_gives_200_and_a_token_wrong_ones_401_alike() {
      post(
          "/api/auth/register",
          null,
          json(Map.of("email", "login@example.org", "password", "the right password here")));

      Response ok =
          post(
              "/api/auth/login",
              null,
              json(Map.of("email", "LOGIN@example.org", "password", "the right password here")));
      Response wrong =
          post(
              "/api/auth/login",
              null,
              json(Map.of("email", "login@example.org", "password", "wrong password")));
      Response unknown =
          post(
              "/api/auth/login",
              null,
              json(Map.of("email", "ghost@example.org", "password", "the right password here")));

      assertThat(ok.status()).isEqualTo(200);
      assertThat(get("/api/me", ok.body().path("access_token").asText()).status()).isEqualTo(200);
      assertThat(wrong.status()).isEqualTo(401);
      assertThat(unknown.status()).isEqualTo(401);
      assertThat(wrong.body()).isEqualTo(unknown.body());
      assertThat(audit.events())
          .anySatisfy(e -> assertThat(e.outcome()).isEqualTo("WRONG_CREDENTIALS"));
    }
  }

  // ---- tokens ----

  @Nested
  class Tokens {
    final String someUser = UUID.randomUUID().toString();

    @Test
    void no_token_or_a_malformed_header_is_401_with_a_bearer_challenge() {
      Response none = get("/api/me", null);
      Response basic =
          sendWithHeader(
              "/api/me",
              "Authorization",
              "Basic "
                  + Base64.getEncoder().encodeToString("a:b".getBytes(StandardCharsets.UTF_8)));

      assertThat(none.status()).isEqualTo(401);
      assertThat(none.code()).isEqualTo("UNAUTHORIZED");
      assertThat(none.raw().headers().firstValue("WWW-Authenticate")).contains("Bearer");
      assertThat(basic.status()).isEqualTo(401);
      assertThat(get("/api/me", "garbage").status()).isEqualTo(401);
    }

    Response sendWithHeader(String path, String name, String value) {
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                    .header(name, value)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), JSON.readTree(response.body()), response);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    @Test
    void an_alg_none_token_is_401() {
      Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
      String header =
          b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
      String token = newAccount();
      String payload = token.split("\\.")[1];

      assertThat(get("/api/me", header + "." + payload + ".").status()).isEqualTo(401);
    }

    @Test
    void a_token_signed_with_another_secret_is_401() {
      String forged =
          JWT.create()
              .withClaim("userId", someUser)
              .withExpiresAt(Instant.now().plusSeconds(600))
              .sign(Algorithm.HMAC256("another-secret-of-at-least-32-bytes!!"));

      assertThat(get("/api/me", forged).status()).isEqualTo(401);
    }

    @Test
    void an_expired_token_is_401() {
      String token = newAccount();
      String userId = JWT.decode(token).getClaim("userId").asString();
      String expired =
          JWT.create()
              .withClaim("userId", userId)
              .withIssuedAt(Instant.now().minusSeconds(7200))
              .withExpiresAt(Instant.now().minusSeconds(3600))
              .sign(Algorithm.HMAC256(SECRET));

      assertThat(get("/api/me", expired).status()).isEqualTo(401);
    }

    @Test
    void a_token_without_exp_is_401() {
      String userId = JWT.decode(newAccount()).getClaim("userId").asString();
      String eternal = JWT.create().withClaim("userId", userId).sign(Algorithm.HMAC256(SECRET));

      assertThat(get("/api/me", eternal).status()).isEqualTo(401);
    }

    @Test
    void a_genuine_token_of_an_unknown_user_is_401() {
      String orphan =
          JWT.create()
              .withClaim("userId", someUser)
              .withExpiresAt(Instant.now().plusSeconds(600))
              .sign(Algorithm.HMAC256(SECRET));

      assertThat(get("/api/me", orphan).status()).isEqualTo(401);
    }

    @Test
    void every_protected_route_needs_a_token() {
      for (String path :
          List.of(
              "/api/me",
              "/api/scenarios",
              "/api/scenarios/" + SCENARIO.id(),
              "/api/personas",
              "/api/negotiations",
              "/api/negotiations/" + UUID.randomUUID(),
              "/api/negotiations/" + UUID.randomUUID() + "/messages")) {
        assertThat(get(path, null).status()).as(path).isEqualTo(401);
      }
      assertThat(post("/api/negotiations", null, "{}").status()).isEqualTo(401);
    }
  }

  // ---- catalogue ----

  @Nested
  class Catalogue {
    @Test
    void scenarios_are_listed_with_their_issues() {
      Response r = get("/api/scenarios", newAccount());

      assertThat(r.status()).isEqualTo(200);
      List<String> ids = new ArrayList<>();
      r.body().path("scenarios").forEach(s -> ids.add(s.path("id").asText()));
      assertThat(ids)
          .containsExactlyElementsOf(SCENARIOS.all().stream().map(Scenario::id).toList());
      JsonNode first = r.body().path("scenarios").get(0);
      assertThat(first.path("issues").size()).isEqualTo(SCENARIO.issues().size());
      assertThat(first.path("time_limit_seconds").asLong())
          .isEqualTo(SCENARIO.timeLimit().toSeconds());
    }

    @Test
    void a_scenario_shows_the_persons_brief_and_never_the_personas_values() {
      Response r = get("/api/scenarios/" + SCENARIO.id(), newAccount());

      assertThat(r.status()).isEqualTo(200);
      assertThat(fieldNames(r.body()))
          .containsExactly(
              "id", "title", "description", "issues", "time_limit_seconds", "round_limit", "brief");
      JsonNode brief = r.body().path("brief");
      assertThat(brief.path("role").asText()).isEqualTo(SCENARIO.personBrief().role());
      String issue = SCENARIO.issues().get(0).key();
      assertThat(brief.path("preferences").path(issue).path("reservation").asDouble())
          .isEqualTo(SCENARIO.personBrief().preferences().of(issue).reservation());
      assertThat(r.raw().body()).doesNotContain("counterpart", SCENARIO.counterpart().toString());
    }

    @Test
    void an_unknown_scenario_is_404() {
      assertThat(get("/api/scenarios/no-such-thing", newAccount()).status()).isEqualTo(404);
    }

    @Test
    void personas_are_listed() {
      Response r = get("/api/personas", newAccount());

      assertThat(r.status()).isEqualTo(200);
      assertThat(r.body().path("personas").get(0).path("id").asText()).isEqualTo(PERSONA.id());
      assertThat(r.body().path("personas").get(0).path("model").asText()).isEqualTo("rules-v1");
    }
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    Iterator<String> it = node.fieldNames();
    it.forEachRemaining(names::add);
    return names;
  }

  // ---- negotiations ----

  @Nested
  class Negotiations {
    @Test
    void starting_a_negotiation_answers_201_with_it_active_and_owned() {
      String token = newAccount();
      String me = JWT.decode(token).getClaim("userId").asString();

      Response r =
          post(
              "/api/negotiations",
              token,
              json(Map.of("scenario_id", SCENARIO.id(), "persona_id", PERSONA.id())));

      assertThat(r.status()).isEqualTo(201);
      assertThat(r.body().path("status").asText()).isEqualTo("active");
      assertThat(r.body().path("phase").asText()).isEqualTo("opening");
      assertThat(r.body().path("user_id").asText()).isEqualTo(me);
      assertThat(r.body().path("scenario_id").asText()).isEqualTo(SCENARIO.id());
      assertThat(r.body().path("persona_id").asText()).isEqualTo(PERSONA.id());
      assertThat(r.body().path("deal_terms").isNull()).isTrue();
      assertThat(r.body().path("final_score").isNull()).isTrue();
      assertThat(Instant.parse(r.body().path("expires_at").asText()))
          .isAfter(Instant.parse(r.body().path("created_at").asText()));
    }

    @Test
    void unknown_references_are_422_and_missing_fields_400() {
      String token = newAccount();

      Response noScenario =
          post(
              "/api/negotiations",
              token,
              json(Map.of("scenario_id", "nope", "persona_id", PERSONA.id())));
      Response noPersona =
          post(
              "/api/negotiations",
              token,
              json(Map.of("scenario_id", SCENARIO.id(), "persona_id", "nope")));
      Response missing =
          post("/api/negotiations", token, json(Map.of("scenario_id", SCENARIO.id())));
      Response malformed = post("/api/negotiations", token, "{scenario_id:");

      assertThat(noScenario.status()).isEqualTo(422);
      assertThat(noScenario.code()).isEqualTo("INVALID_PAYLOAD");
      assertThat(noScenario.body().path("error").path("message").asText()).contains("scenario");
      assertThat(noPersona.status()).isEqualTo(422);
      assertThat(noPersona.code()).isEqualTo("INVALID_PAYLOAD");
      assertThat(noPersona.body().path("error").path("message").asText()).contains("persona");
      assertThat(missing.status()).isEqualTo(400);
      assertThat(malformed.status()).isEqualTo(400);
      assertThat(get("/api/negotiations", token).body().path("negotiations").size()).isZero();
    }

    @Test
    void the_list_holds_only_my_negotiations_newest_first() {
      String mine = newAccount();
      String first = startNegotiation(mine);
      String second = startNegotiation(mine);
      startNegotiation(newAccount());

      Response r = get("/api/negotiations", mine);

      assertThat(r.status()).isEqualTo(200);
      List<String> ids = new ArrayList<>();
      r.body().path("negotiations").forEach(n -> ids.add(n.path("id").asText()));
      assertThat(ids).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void the_list_comes_a_page_at_a_time_with_a_cursor_to_the_next() {
      String mine = newAccount();
      List<String> started = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        started.add(startNegotiation(mine));
      }
      String stranger = newAccount();
      startNegotiation(stranger);

      List<String> seen = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        Response page =
            get("/api/negotiations?limit=3" + (cursor == null ? "" : "&cursor=" + cursor), mine);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().path("negotiations").size()).isLessThanOrEqualTo(3);
        page.body().path("negotiations").forEach(n -> seen.add(n.path("id").asText()));
        cursor =
            page.body().path("next_cursor").isNull()
                ? null
                : page.body().path("next_cursor").asText();
        pages++;
      } while (cursor != null);

      assertThat(pages).isEqualTo(3);
      assertThat(seen)
          .hasSize(7)
          .containsExactlyInAnyOrderElementsOf(started)
          .doesNotHaveDuplicates();
      Response whole = get("/api/negotiations", mine);
      assertThat(whole.body().path("negotiations").size()).isEqualTo(7);
      assertThat(whole.body().path("next_cursor").isNull()).isTrue();
      assertThat(get("/api/negotiations?cursor=bm90LWEtY3Vyc29y", mine).status()).isEqualTo(400);
      assertThat(get("/api/negotiations?cursor=%25%25", mine).status()).isEqualTo(400);
      assertThat(get("/api/negotiations?limit=0", mine).status()).isEqualTo(400);
      assertThat(get("/api/negotiations?limit=101", mine).status()).isEqualTo(400);
    }

    @Test
    void a_user_may_have_twenty_open_negotiations_and_the_next_is_refused_with_a_clear_code() {
      String token = newAccount();
      for (int i = 0; i < 20; i++) {
        startNegotiation(token);
      }

      Response refused =
          post(
              "/api/negotiations",
              token,
              json(Map.of("scenario_id", SCENARIO.id(), "persona_id", PERSONA.id())));

      assertThat(refused.status()).isEqualTo(409);
      assertThat(refused.code()).isEqualTo("TOO_MANY_OPEN_NEGOTIATIONS");
      assertThat(get("/api/negotiations?limit=100", token).body().path("negotiations").size())
          .isEqualTo(20);
      startNegotiation(newAccount());
    }

    @Test
    void scenarios_and_personas_come_in_pages_too() {
      String token = newAccount();
      int scenarios = get("/api/scenarios", token).body().path("scenarios").size();
      assertThat(scenarios).isGreaterThan(1);
      Response first = get("/api/scenarios?limit=1", token);
      assertThat(first.body().path("scenarios").size()).isEqualTo(1);
      String next = first.body().path("next_cursor").asText();
      Response second = get("/api/scenarios?limit=1&cursor=" + next, token);
      assertThat(second.body().path("scenarios").get(0).path("id").asText())
          .isNotEqualTo(first.body().path("scenarios").get(0).path("id").asText());
      assertThat(get("/api/personas?limit=1", token).body().path("personas").size()).isEqualTo(1);
      assertThat(get("/api/personas?cursor=bm9ib2R5", token).status()).isEqualTo(400);
    }

    @Test
    void my_negotiation_is_found_another_users_is_404_like_a_missing_one() {
      String mine = newAccount();
      String id = startNegotiation(mine);
      String stranger = newAccount();

      assertThat(get("/api/negotiations/" + id, mine).status()).isEqualTo(200);
      assertThat(get("/api/negotiations/" + id, mine).body().path("id").asText()).isEqualTo(id);
      Response theirs = get("/api/negotiations/" + id, stranger);
      Response missing = get("/api/negotiations/" + UUID.randomUUID(), stranger);
      Response garbage = get("/api/negotiations/not-a-uuid", stranger);
      assertThat(List.of(theirs, missing, garbage))
          .allSatisfy(
              r -> {
                assertThat(r.status()).isEqualTo(404);
                assertThat(r.body()).isEqualTo(theirs.body());
              });
      assertThat(get("/api/negotiations/" + id + "/messages", stranger).status()).isEqualTo(404);
    }

    @Test
    void the_debrief_comes_once_the_negotiation_has_ended_and_only_to_its_owner() {
      String token = newAccount();
      UUID id = UUID.fromString(startNegotiation(token));
      assertThat(get("/api/negotiations/" + id + "/debrief", token).status()).isEqualTo(409);
      messages.append(
          new NewMessage(
              UUID.randomUUID(),
              id,
              Sender.USER,
              "Hello! What matters most to you?",
              Optional.empty(),
              Terms.NONE,
              Instant.parse("2026-01-01T00:00:01Z"),
              Optional.of(new ReadAs(ReadAs.Kind.QUESTION, Terms.NONE, 1.0, false))));
      var running = negotiations.findById(id).orElseThrow();
      var walkedAway =
          running.walkAway(
              dev.parley.domain.scenario.Side.PERSON,
              dev.parley.domain.negotiation.FinalScore.of(0, 0, 20),
              Instant.now());
      negotiations.save(
          ((dev.parley.domain.result.Result.Ok<dev.parley.domain.negotiation.Negotiation>)
                  walkedAway)
              .value());

      Response debrief = get("/api/negotiations/" + id + "/debrief", token);

      assertThat(debrief.status()).isEqualTo(200);
      JsonNode body = debrief.body();
      assertThat(body.path("ending").asText()).isEqualTo("person_walked_away");
      assertThat(body.path("zones").get(0).path("issue").asText()).isEqualTo("salary");
      assertThat(body.path("zones").get(0).path("persona").path("walk_away").asDouble())
          .isEqualTo(92000.0);
      assertThat(body.path("joint").path("deal_was_possible").asBoolean()).isTrue();
      assertThat(body.path("joint").path("best_possible").path("salary").isNumber()).isTrue();
      assertThat(body.path("annotations").findValuesAsText("category")).contains("questions");
      assertThat(body.path("across_the_table").get(0).path("read_as").asText())
          .isEqualTo("a question");
      assertThat(body.path("score").path("managing_relationships").asInt()).isEqualTo(20);
      assertThat(get("/api/negotiations/" + id + "/debrief", newAccount()).status()).isEqualTo(404);

      JsonNode progress = get("/api/me/progress", token).body();
      assertThat(progress.path("sessions")).hasSize(1);
      assertThat(Instant.parse(progress.path("sessions").get(0).path("ended_at").asText()))
          .isBefore(Instant.now().plusSeconds(1));
      assertThat(progress.path("sessions").get(0).path("managing_relationships").asInt())
          .isEqualTo(20);
      assertThat(progress.path("sessions").get(0).path("ending").asText())
          .isEqualTo("person_walked_away");
      assertThat(progress.path("by_scenario").get(0).path("scenario_id").asText())
          .isEqualTo("salary-offer");
      assertThat(progress.path("trips_on").findValuesAsText("category")).contains("logrolling");
      assertThat(get("/api/me/progress", newAccount()).body().path("sessions")).isEmpty();
    }

    @Test
    void messages_page_backwards_from_the_newest_with_has_more() {
      String token = newAccount();
      UUID id = UUID.fromString(startNegotiation(token));
      for (int i = 1; i <= 5; i++) {
        messages.append(
            new NewMessage(
                UUID.randomUUID(),
                id,
                i % 2 == 1 ? Sender.USER : Sender.AI,
                "message " + i,
                i % 2 == 1
                    ? Optional.empty()
                    : Optional.of(new AiMetadata("rules-v1", "why", Phase.DISCUSSION, 0.5)),
                i == 2 ? Terms.of(Map.of("salary", 80000.0)) : Terms.NONE,
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i)));
      }

      Response newest = get("/api/negotiations/" + id + "/messages?limit=2", token);
      Response older = get("/api/negotiations/" + id + "/messages?before=4&limit=2", token);
      Response oldest = get("/api/negotiations/" + id + "/messages?before=2", token);
      Response all = get("/api/negotiations/" + id + "/messages", token);

      assertThat(sequences(newest)).containsExactly(4L, 5L);
      assertThat(newest.body().path("has_more").asBoolean()).isTrue();
      assertThat(newest.body().path("negotiation_id").asText()).isEqualTo(id.toString());
      assertThat(sequences(older)).containsExactly(2L, 3L);
      assertThat(older.body().path("has_more").asBoolean()).isTrue();
      assertThat(sequences(oldest)).containsExactly(1L);
      assertThat(oldest.body().path("has_more").asBoolean()).isFalse();
      assertThat(sequences(all)).containsExactly(1L, 2L, 3L, 4L, 5L);
      JsonNode ai = all.body().path("messages").get(1);
      assertThat(ai.path("sender_type").asText()).isEqualTo("ai");
      assertThat(ai.path("ai_metadata").path("negotiation_state").asText()).isEqualTo("discussion");
      assertThat(ai.path("proposal").path("salary").asDouble()).isEqualTo(80000.0);
      assertThat(ai.path("timestamp").asText()).isEqualTo("2026-01-01T00:00:02Z");
      assertThat(all.body().path("messages").get(0).path("ai_metadata").isNull()).isTrue();
    }

    @Test
    void bad_paging_parameters_are_400() {
      String token = newAccount();
      String id = startNegotiation(token);

      for (String query :
          List.of("limit=0", "limit=101", "limit=abc", "before=0", "before=x", "limit=")) {
        assertThat(get("/api/negotiations/" + id + "/messages?" + query, token).status())
            .as(query)
            .isEqualTo(400);
      }
    }

    List<Long> sequences(Response r) {
      assertThat(r.status()).isEqualTo(200);
      List<Long> sequences = new ArrayList<>();
      r.body().path("messages").forEach(m -> sequences.add(m.path("sequence").asLong()));
      return sequences;
    }
  }

  // ---- the rest ----

  /** Mangled versions of valid bodies: truncated, retyped, nested, odd characters. */
  static List<String> junkBodies(java.util.Random random, String valid) {
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      bodies.add(valid.substring(0, random.nextInt(valid.length() + 1)));
      char[] chars = valid.toCharArray();
      chars[random.nextInt(chars.length)] = (char) random.nextInt(0x3000);
      bodies.add(new String(chars));
    }
    bodies.addAll(
        List.of(
            "{\"email\": {\"a\": 1}, \"password\": [1]}",
            "{\"scenario_id\": 1e999, \"persona_id\": true}",
            "[".repeat(5000) + "]".repeat(5000),
            "{\"email\": \"a\\u0000b@example.org\", \"password\": \"nul\\u0000password\"}",
            "{\"display_name\": \"\\ud800\", \"email\": \"x@y.org\", \"password\": \"long enough to pass\"}",
            "\u00ff\u00fe",
            "{\"email\": \""
                + "a".repeat(10_000)
                + "@example.org\", \"password\": \"long enough to pass\"}"));
    return bodies;
  }

  @Test
  void arbitrary_input_never_gets_a_500() {
    var random = new java.util.Random(20260101);
    String token = newAccount();
    String negotiation = startNegotiation(token);
    List<Response> responses = new ArrayList<>();
    for (String body :
        junkBodies(
            random,
            json(
                Map.of(
                    "email",
                    "fuzz@example.org",
                    "password",
                    "long enough to pass",
                    "display_name",
                    "F")))) {
      responses.add(post("/api/auth/register", null, body));
    }
    for (String body :
        junkBodies(
            random, json(Map.of("scenario_id", SCENARIO.id(), "persona_id", PERSONA.id())))) {
      responses.add(post("/api/negotiations", token, body));
    }
    for (String query :
        List.of(
            "before=-1",
            "before=9999999999999",
            "limit=%00",
            "limit=1e3",
            "before=1&before=2",
            "limit=%F0%9F%98%80")) {
      responses.add(get("/api/negotiations/" + negotiation + "/messages?" + query, token));
    }
    for (String path :
        List.of(
            "/api/negotiations/%00",
            "/api/scenarios/%F0%9F%98%80", "/api/negotiations/..%2F..%2Fetc")) {
      responses.add(get(path, token));
    }

    assertThat(responses)
        .allSatisfy(r -> assertThat(r.status()).as(r.raw().body()).isLessThan(500));
    assertThat(responses).extracting(Response::status).contains(400, 201);
  }

  @Test
  void head_answers_as_get_would_with_content_length_and_no_body() {
    String token = newAccount();
    Map<String, String> auth = Map.of("Authorization", "Bearer " + token);
    for (String path :
        List.of(
            "/api/me",
            "/api/scenarios",
            "/api/negotiations",
            "/api/nothing-here",
            "/observe/health",
            "/observe/metrics",
            "/not-a-route-at-all")) {
      try (RawHttp raw = new RawHttp(server.port())) {
        RawHttp.Answer got = raw.exchange("GET", path, auth, new byte[0]);
        RawHttp.Answer head = raw.exchange("HEAD", path, auth, new byte[0]);
        int stray = raw.strayBytes(150);
        RawHttp.Answer next = raw.exchange("GET", "/api/me", auth, new byte[0]);

        assertThat(stray).as("body bytes after HEAD " + path).isZero();
        assertThat(head.status()).as(path).isEqualTo(got.status());
        assertThat(head.header("content-type")).as(path).isEqualTo(got.header("content-type"));
        // the scrape counts itself, so it grows; the unknown route's message names the method
        if (!path.equals("/observe/metrics") && !path.equals("/api/nothing-here")) {
          assertThat(head.header("content-length"))
              .as(path)
              .isEqualTo(Integer.toString(got.body().length));
        }
        assertThat(got.body()).as(path).isNotEmpty();
        assertThat(next.status()).as("the connection reads on after HEAD " + path).isEqualTo(200);
      }
    }
    try (RawHttp raw = new RawHttp(server.port())) {
      RawHttp.Answer refused = raw.exchange("HEAD", "/api/me");
      assertThat(raw.strayBytes(150)).isZero();
      assertThat(refused.status()).isEqualTo(401);
      assertThat(raw.exchange("GET", "/api/me").status()).isEqualTo(401);
    }
  }

  static Response postAs(String path, String token, String contentType, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), JSON.readTree(response.body()), response);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void a_json_body_sent_as_anything_but_application_json_is_415() {
    String token = newAccount();
    String account =
        json(
            Map.of(
                "email",
                "u" + UUID.randomUUID() + "@example.org",
                "password",
                "long enough to pass"));
    String start = json(Map.of("scenario_id", SCENARIO.id(), "persona_id", PERSONA.id()));
    for (String type :
        java.util.Arrays.asList(
            "text/plain",
            "text/plain;charset=UTF-8",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "application/jsonp",
            null)) {
      for (Response r :
          List.of(
              postAs("/api/auth/register", null, type, account),
              postAs("/api/auth/login", null, type, account),
              postAs("/api/negotiations", token, type, start))) {
        assertThat(r.status()).as(type + " " + r.raw().uri()).isEqualTo(415);
        assertThat(r.code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(r.body().path("error").path("message").asText()).contains("application/json");
      }
    }
    assertThat(get("/api/negotiations", token).body().path("negotiations").size()).isZero();
    assertThat(
            postAs("/api/auth/register", null, "application/json; charset=utf-8", account).status())
        .isEqualTo(201);
    assertThat(postAs("/api/negotiations", token, "Application/JSON", start).status())
        .isEqualTo(201);
  }

  @Test
  void an_unknown_api_route_is_a_json_404() {
    Response r = get("/api/nothing-here", newAccount());

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.code()).isEqualTo("NOT_FOUND");
  }

  @Test
  void health_reports_its_checks_and_turns_503_when_one_fails() {
    Response up = get("/observe/health", null);
    databaseUp.set(false);
    Response down;
    try {
      down = get("/observe/health", null);
    } finally {
      databaseUp.set(true);
    }

    assertThat(up.status()).isEqualTo(200);
    assertThat(up.body().path("status").asText()).isEqualTo("UP");
    assertThat(up.body().path("checks").path("database").asText()).isEqualTo("UP");
    assertThat(down.status()).isEqualTo(503);
    assertThat(down.body().path("checks").path("database").asText()).isEqualTo("DOWN");
  }

  @Test
  void a_failing_degrading_check_reports_degraded_and_keeps_200() {
    redisUp.set(false);
    Response degraded;
    Response bothFailing;
    try {
      degraded = get("/observe/health", null);
      databaseUp.set(false);
      bothFailing = get("/observe/health", null);
    } finally {
      redisUp.set(true);
      databaseUp.set(true);
    }

    assertThat(degraded.status()).isEqualTo(200);
    assertThat(degraded.body().path("status").asText()).isEqualTo("DEGRADED");
    assertThat(degraded.body().path("checks").path("redis").asText()).isEqualTo("DOWN");
    assertThat(bothFailing.status()).isEqualTo(503);
    assertThat(bothFailing.body().path("status").asText()).isEqualTo("DOWN");
  }

  @Test
  void metrics_count_requests_per_route_and_status_in_prometheus_text() {
    get("/api/me", null);

    Response r = get("/observe/metrics", null);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    assertThat(r.raw().body())
        .contains("# TYPE parley_http_requests_total counter")
        .containsPattern(
            "parley_http_requests_total\\{method=\"GET\",route=\"/api/me\",status=\"401\"} [1-9]")
        .contains("parley_http_request_duration_seconds_count{route=\"/api/me\"}")
        .contains("parley_test_gauge 7.0");
  }
}
