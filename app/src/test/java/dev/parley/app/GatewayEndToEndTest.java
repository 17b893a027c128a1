package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.domain.account.User;
import dev.parley.domain.negotiation.FinalScore;
import dev.parley.http.auth.JwtTokenService;
import dev.parley.socketio.NodeClient;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed's event contract end to end: Parley started as {@code Main} starts it (in-memory, dev
 * mode, port 0, a short AI deadline), driven by the official socket.io-client over WebSocket and
 * over long-polling (app/src/test/node/gateway.mjs). PostgreSQL is covered by {@link
 * GatewayOnPostgresTest}.
 */
class GatewayEndToEndTest {
  static final Path SCRIPT = Path.of("src/test/node/gateway.mjs").toAbsolutePath();
  static final Duration NODE_TIMEOUT = Duration.ofSeconds(120);
  static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  @BeforeAll
  static void nodeModulesAreInstalled() {
    NodeClient.requireInstalled();
  }

  /**
   * The configuration of {@code env} as every test of the app starts it: AI replies shown at once
   * ({@code AI_REPLY_DELAY_MAX_MS=0}) unless {@code env} says otherwise.
   */
  static Configuration config(Map<String, String> env) {
    Map<String, String> tested = new java.util.HashMap<>(env);
    tested.putIfAbsent("AI_REPLY_DELAY_MAX_MS", "0");
    return ((Configuration.Parsed.Valid) Configuration.parse(tested)).configuration();
  }

  /** A registered user with a negotiation per persona id. */
  record Person(String token, UUID userId, List<String> negotiations) {}

  static Person person(Http http, String email, String... personas) {
    Http.Response registered =
        http.post(
            "/api/auth/register",
            null,
            "{\"email\":\""
                + email
                + "\",\"password\":\"long enough to pass\",\"display_name\":\"T\"}");
    assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
    String token = registered.body().path("access_token").asText();
    List<String> negotiations = new ArrayList<>();
    for (String persona : personas) {
      Http.Response started =
          http.post(
              "/api/negotiations",
              token,
              "{\"scenario_id\":\"salary-offer\",\"persona_id\":\"" + persona + "\"}");
      assertThat(started.status()).as(started.body().toString()).isEqualTo(201);
      negotiations.add(started.body().path("id").asText());
    }
    return new Person(
        token, UUID.fromString(registered.body().path("user").path("id").asText()), negotiations);
  }

  static ObjectNode user(Person person) {
    ObjectNode node = Http.JSON.createObjectNode().put("token", person.token());
    if (!person.negotiations().isEmpty()) {
      node.put("negotiation", person.negotiations().get(0));
    }
    return node;
  }

  static String tokenFor(UUID userId, Clock clock) {
    return new JwtTokenService(ConfigurationTest.SECRET, Duration.ofHours(1), clock)
        .issue(new User(userId, "x@example.org", "-", "X", Instant.EPOCH))
        .value();
  }

  @Test
  void the_whole_contract_over_websocket_and_polling() throws Exception {
    try (Parley parley =
            Parley.start(
                config(
                    Map.of(
                        "PORT", "0",
                        "DEV_MODE", "true",
                        "JWT_SECRET", ConfigurationTest.SECRET,
                        "AI_TIMEOUT_MS", "1500")),
                GatewayPersonas.catalogue(),
                QUIET,
                4);
        Http http = new Http(parley.port())) {
      String url = "http://127.0.0.1:" + parley.port();
      for (String mode : List.of("websocket", "polling")) {
        ObjectNode setup = setup(http, mode);
        JsonNode auth = NodeClient.run(SCRIPT, NODE_TIMEOUT, "auth", url, mode, setup.toString());
        assertAuthentication(auth);
        JsonNode seen =
            NodeClient.run(SCRIPT, NODE_TIMEOUT, "contract", url, mode, setup.toString());
        assertThat(seen.has("error")).as(seen.toString()).isFalse();
        assertParticipantsHistoryAndTyping(seen);
        assertOthersLearnNothing(seen);
        assertWrongShapesAreRefused(seen);
        assertFullExchangeAndDeal(seen);
        assertLimitsAndSanitising(seen);
        assertAiFailures(seen);
        assertExpiryAndDevEvents(seen);
      }
    }
  }

  /** Events are limited per user: people behind one address (a school's NAT) do not share. */
  @Test
  void one_users_event_limit_leaves_others_behind_the_same_address_their_own() throws Exception {
    try (Parley parley =
            Parley.start(
                config(
                    Map.of(
                        "PORT", "0",
                        "DEV_MODE", "true",
                        "JWT_SECRET", ConfigurationTest.SECRET,
                        "EVENTS_PER_USER_PER_MINUTE", "5")),
                GatewayPersonas.catalogue(),
                QUIET,
                4);
        Http http = new Http(parley.port())) {
      ObjectNode setup = Http.JSON.createObjectNode().put("eventsPerUser", 5);
      ObjectNode users = setup.putObject("users");
      users.set("first", user(person(http, "nat-first@example.org", GatewayPersonas.SCRIPTED)));
      users.set("second", user(person(http, "nat-second@example.org", GatewayPersonas.SCRIPTED)));

      JsonNode seen =
          NodeClient.run(
              SCRIPT,
              NODE_TIMEOUT,
              "shared-address",
              "http://127.0.0.1:" + parley.port(),
              "websocket",
              setup.toString());

      assertThat(seen.path("first").toString())
          .as(seen.toString())
          .isEqualTo("[\"ok\",\"ok\",\"ok\",\"ok\",\"ok\",\"RATE_LIMITED\"]");
      assertThat(seen.path("second").asText()).isEqualTo("ok");
    }
  }

  private static ObjectNode setup(Http http, String mode) {
    Person history = person(http, mode + "-history@example.org", GatewayPersonas.SCRIPTED);
    Person intruder = person(http, mode + "-intruder@example.org", GatewayPersonas.SCRIPTED);
    Person exchange = person(http, mode + "-exchange@example.org", GatewayPersonas.SCRIPTED);
    Person limits = person(http, mode + "-limits@example.org", GatewayPersonas.SCRIPTED);
    Person rooms =
        person(
            http,
            mode + "-rooms@example.org",
            Collections.nCopies(11, GatewayPersonas.SCRIPTED).toArray(String[]::new));
    Person ai =
        person(
            http,
            mode + "-ai@example.org",
            GatewayPersonas.SLOW,
            GatewayPersonas.FAILING,
            GatewayPersonas.SCRIPTED,
            GatewayPersonas.SCRIPTED);
    ObjectNode setup = Http.JSON.createObjectNode();
    ObjectNode users = setup.putObject("users");
    users.set("history", user(history));
    users.set("intruder", user(intruder));
    users.set("exchange", user(exchange));
    users.set("limits", user(limits));
    users
        .putObject("rooms")
        .put("token", rooms.token())
        .set("negotiations", Http.JSON.valueToTree(rooms.negotiations()));
    users
        .putObject("ai")
        .put("token", ai.token())
        .put("slow", ai.negotiations().get(0))
        .put("failing", ai.negotiations().get(1))
        .put("rounds", ai.negotiations().get(2))
        .put("dev", ai.negotiations().get(3));
    setup.put("unknownNegotiation", UUID.randomUUID().toString());
    setup.put("roundLimit", 12);
    setup.put(
        "expiredToken",
        tokenFor(
            history.userId(),
            Clock.fixed(Instant.now().minus(Duration.ofHours(3)), ZoneOffset.UTC)));
    setup.put("unknownUserToken", tokenFor(UUID.randomUUID(), Clock.systemUTC()));
    return setup;
  }

  // 1. A bad, expired or missing token, and a valid token of no user: connect_error as the seed.
  static void assertAuthentication(JsonNode auth) {
    assertThat(auth.has("error")).as(auth.toString()).isFalse();
    assertRefused(auth.path("missing"), "Authentication error", "AUTH_TOKEN_MISSING");
    assertRefused(auth.path("empty"), "Authentication error", "AUTH_TOKEN_MISSING");
    assertRefused(auth.path("garbage"), "Authentication error", "AUTH_TOKEN_INVALID");
    assertRefused(auth.path("number"), "Authentication error", "AUTH_TOKEN_INVALID");
    assertRefused(auth.path("expired"), "Authentication error", "AUTH_TOKEN_EXPIRED");
    assertRefused(auth.path("unknownUser"), "User not found", "USER_NOT_FOUND");
    assertThat(auth.path("valid").path("connected").asBoolean()).isTrue();
  }

  static void assertRefused(JsonNode refusal, String message, String code) {
    assertThat(refusal.path("message").asText()).as(refusal.toString()).isEqualTo(message);
    assertThat(refusal.path("data").path("code").asText()).isEqualTo(code);
  }

  // 2. participant_count 1 then 2; the history after ten messages, in order. 4. typing.
  static void assertParticipantsHistoryAndTyping(JsonNode seen) {
    JsonNode stateA = seen.path("stateA");
    assertThat(stateA.path("participant_count").asInt()).isEqualTo(1);
    assertThat(stateA.path("status").asText()).isEqualTo("active");
    for (String field :
        List.of("negotiation_id", "phase", "scenario_id", "persona_id", "deal_terms")) {
      assertThat(stateA.has(field)).as(field).isTrue();
    }
    assertThat(stateA.path("scenario_id").asText()).isEqualTo("salary-offer");
    assertThat(seen.path("joinAckA").path("ok").asBoolean()).isTrue();
    assertThat(seen.has("sendFailure")).as(seen.path("sendFailure").toString()).isFalse();
    assertThat(seen.path("stateB").path("participant_count").asInt()).isEqualTo(2);
    assertThat(seen.path("orderB").toString())
        .isEqualTo("[\"negotiation-state\",\"message-history\"]");
    JsonNode history = seen.path("historyB");
    assertThat(history.path("has_more").asBoolean()).isFalse();
    List<String> mine = new ArrayList<>();
    long previous = 0;
    for (JsonNode message : history.path("messages")) {
      assertThat(message.path("sequence").asLong()).isGreaterThan(previous);
      previous = message.path("sequence").asLong();
      if (message.path("sender_type").asText().equals("user")) {
        mine.add(message.path("content").asText());
        assertThat(message.has("read")).isTrue();
      }
    }
    assertThat(mine)
        .containsExactly(
            "message 1",
            "message 2",
            "message 3",
            "message 4",
            "message 5",
            "message 6",
            "message 7",
            "message 8",
            "message 9",
            "message 10");
    assertThat(history.path("messages").size()).isEqualTo(20);

    assertThat(seen.path("typingAck").path("ok").asBoolean()).isTrue();
    JsonNode typing = seen.path("typingSeenByB");
    assertThat(typing.size()).isEqualTo(2);
    assertThat(typing.get(0).path("typing").asBoolean()).isTrue();
    assertThat(typing.get(0).path("user_id").asText()).isNotEmpty();
    assertThat(typing.get(1).path("typing").asBoolean()).isFalse();
    assertThat(seen.path("typingSeenByA").size()).as("the sender does not see itself").isZero();
  }

  // 5. Another user's negotiation is not found, exactly like one that does not exist.
  static void assertOthersLearnNothing(JsonNode seen) {
    JsonNode intruder = seen.path("intruder");
    for (String event : List.of("join", "send", "typing", "leave", "accept")) {
      assertThat(intruder.path(event).path("ok").asBoolean()).as(event).isFalse();
      assertThat(intruder.path(event).path("error").path("code").asText())
          .as(event)
          .isEqualTo("NEGOTIATION_NOT_FOUND");
    }
    assertThat(intruder.path("join").path("error"))
        .as("someone else's negotiation looks like one that does not exist")
        .isEqualTo(intruder.path("joinUnknown").path("error"));
    assertThat(intruder.path("received").size()).as(intruder.toString()).isZero();
    assertThat(intruder.path("errors").size()).isEqualTo(6);
    assertThat(intruder.path("errors").get(0).path("event").asText()).isEqualTo("join-negotiation");
    assertThat(seen.path("aSawAfterIntruder").size())
        .as("the owner's room heard nothing of it: " + seen.path("aSawAfterIntruder"))
        .isZero();
  }

  // 7. Wrong shapes get INVALID_PAYLOAD, unknown events are ignored, the connection survives.
  static void assertWrongShapesAreRefused(JsonNode seen) {
    JsonNode invalid = seen.path("invalid");
    List<String> names = new ArrayList<>();
    invalid.fieldNames().forEachRemaining(names::add);
    assertThat(names).hasSize(11);
    for (String name : names) {
      assertThat(invalid.path(name).path("ok").asBoolean()).as(name).isFalse();
      assertThat(invalid.path(name).path("error").path("code").asText())
          .as(name + ": " + invalid.path(name))
          .isEqualTo("INVALID_PAYLOAD");
    }
    assertThat(seen.path("invalidErrors").asInt()).isEqualTo(11);
    assertThat(seen.path("unknownEventAck").path("timedOut").asBoolean()).isTrue();
    assertThat(seen.path("stillConnected").asBoolean()).isTrue();
    assertThat(seen.path("afterInvalid").path("ok").asBoolean()).isTrue();
  }

  // 3. message-received, ai-typing true, ai-message, ai-typing false; 9. a deal through chat.
  static void assertFullExchangeAndDeal(JsonNode seen) {
    JsonNode sent = seen.path("exchangeAck");
    assertThat(sent.path("ok").asBoolean()).as(sent.toString()).isTrue();
    List<String> order = new ArrayList<>();
    seen.path("exchange").forEach(event -> order.add(event.path("name").asText()));
    assertThat(order).containsExactly("message-received", "ai-typing", "ai-message", "ai-typing");
    JsonNode received = seen.path("exchange").get(0).path("data");
    assertThat(received.path("id").asText()).isEqualTo(sent.path("message").path("id").asText());
    assertThat(received.path("sender_type").asText()).isEqualTo("user");
    assertThat(received.path("content").asText()).isEqualTo("Hello, what can you offer me?");
    assertThat(received.path("read").isBoolean()).isTrue();
    assertThat(Instant.parse(received.path("timestamp").asText())).isNotNull();
    JsonNode typing = seen.path("exchange").get(1).path("data");
    assertThat(typing.path("typing").asBoolean()).isTrue();
    // the real delay until the message: none, as the tests run with AI_REPLY_DELAY_MAX_MS=0
    assertThat(typing.has("estimated_time")).isTrue();
    assertThat(typing.path("estimated_time").asLong()).isZero();
    JsonNode ai = seen.path("exchange").get(2).path("data");
    assertThat(ai.path("sender_type").asText()).isEqualTo("ai");
    assertThat(ai.path("id").asText()).isNotEmpty();
    JsonNode metadata = ai.path("ai_metadata");
    assertThat(metadata.path("model").asText()).isEqualTo("test-model-" + GatewayPersonas.SCRIPTED);
    assertThat(metadata.path("reasoning").asText()).isNotEmpty();
    assertThat(metadata.path("negotiation_state").asText())
        .isIn("opening", "discussion", "closing");
    assertThat(metadata.path("confidence").asDouble()).isEqualTo(0.8);
    assertThat(seen.path("exchange").get(3).path("data").path("typing").asBoolean()).isFalse();

    assertThat(seen.path("dealAck").path("ok").asBoolean())
        .as(seen.path("dealAck").toString())
        .isTrue();
    JsonNode update = seen.path("dealUpdate");
    assertThat(update.path("status").asText()).as(update.toString()).isEqualTo("completed");
    assertThat(update.path("deal_terms").path("agreed").asBoolean()).isTrue();
    assertThat(update.path("deal_terms").path("terms").path("salary").isNumber()).isTrue();
    assertOverallFollowsTheFormula(update.path("final_score"));
    assertThat(Instant.parse(update.path("updated_at").asText())).isNotNull();
    assertThat(seen.path("afterDeal").path("error").path("code").asText())
        .isEqualTo("NEGOTIATION_NOT_ACTIVE");
  }

  static void assertOverallFollowsTheFormula(JsonNode score) {
    int claiming = score.path("claiming_value").asInt(-1);
    int creating = score.path("creating_value").asInt(-1);
    int relationships = score.path("managing_relationships").asInt(-1);
    for (int dimension : new int[] {claiming, creating, relationships}) {
      assertThat(dimension).as(score.toString()).isBetween(0, 100);
    }
    assertThat(score.path("overall").asInt())
        .isEqualTo(Math.round(0.4f * claiming + 0.3f * creating + 0.3f * relationships))
        .isEqualTo(FinalScore.overallOf(claiming, creating, relationships));
  }

  // 6. 11th message, too long, empty, markup and control characters.
  static void assertLimitsAndSanitising(JsonNode seen) {
    assertThat(seen.path("tooLong").path("error").path("code").asText())
        .isEqualTo("MESSAGE_TOO_LONG");
    assertThat(seen.path("empty").path("error").path("code").asText()).isEqualTo("MESSAGE_EMPTY");
    assertThat(seen.path("markup").path("ok").asBoolean()).isTrue();
    String stored = seen.path("markup").path("message").path("content").asText();
    String broadcast = seen.path("markupReceived").path("content").asText();
    assertThat(broadcast).isEqualTo(stored);
    assertClean(broadcast);
    assertThat(broadcast).contains("Hello").contains("there").contains("friend");
    assertThat(seen.path("nineMoreAccepted").toString()).doesNotContain("false");
    JsonNode eleventh = seen.path("eleventh");
    assertThat(eleventh.path("error").path("code").asText()).isEqualTo("RATE_LIMITED");
    assertThat(eleventh.path("error").path("retry_after_ms").asLong()).isPositive();
    JsonNode error = seen.path("rateLimitedError");
    assertThat(error.path("retry_after_ms").asLong()).isPositive();
    assertThat(error.path("event").asText()).isEqualTo("send-message");
    assertThat(error.path("negotiation_id").asText()).isNotEmpty();
    assertThat(Instant.parse(error.path("timestamp").asText())).isNotNull();
    assertThat(seen.path("limitErrors").toString())
        .isEqualTo("[\"MESSAGE_TOO_LONG\",\"MESSAGE_EMPTY\",\"RATE_LIMITED\"]");
    assertThat(seen.path("tenRoomsJoined").toString()).doesNotContain("false").contains("true");
    assertThat(seen.path("tenRoomsJoined").size()).isEqualTo(10);
    assertThat(seen.path("eleventhRoom").path("error").path("code").asText())
        .isEqualTo("TOO_MANY_ROOMS");
    assertThat(seen.path("rejoinAJoinedRoom").path("ok").asBoolean()).isTrue();
    assertThat(seen.path("eleventhAfterLeaving").path("ok").asBoolean()).isTrue();
    JsonNode firstTry = seen.path("firstTry");
    JsonNode secondTry = seen.path("secondTry");
    assertThat(firstTry.path("ok").asBoolean()).as(firstTry.toString()).isTrue();
    assertThat(secondTry.path("ok").asBoolean()).as(secondTry.toString()).isTrue();
    assertThat(secondTry.path("message").path("id").asText())
        .isEqualTo(firstTry.path("message").path("id").asText());
    assertThat(secondTry.path("message").path("sequence").asLong())
        .isEqualTo(firstTry.path("message").path("sequence").asLong());
    assertThat(seen.path("retryEvents").toString())
        .isEqualTo("[\"message-received\",\"ai-message\"]");
  }

  static void assertClean(String text) {
    assertThat(text).doesNotContain("<script").doesNotContain("<b>").doesNotContain("alert(");
    assertThat(text.chars().filter(c -> c < 0x20)).as("no control characters").isEmpty();
  }

  // 8. A slow persona is AI_TIMEOUT, a failing one AI_UNAVAILABLE; typing stops either way (it is
  // announced only once a reply is known, so a failed turn shows only its stop).
  static void assertAiFailures(JsonNode seen) {
    assertThat(seen.path("slowAck").path("ok").asBoolean()).isTrue();
    assertThat(seen.path("slowError").path("code").asText()).isEqualTo("AI_TIMEOUT");
    assertThat(seen.path("slowError").path("event").asText()).isEqualTo("send-message");
    assertThat(seen.path("failingAck").path("ok").asBoolean()).isTrue();
    assertThat(seen.path("failingError").path("code").asText()).isEqualTo("AI_UNAVAILABLE");
    assertThat(seen.path("aiRoomEvents").toString())
        .isEqualTo("[\"message-received\",\"ai-typing:false\",\"error\"]");
  }

  // 9. Expiry (the round limit) and sending afterwards; 10. dev events in dev mode.
  static void assertExpiryAndDevEvents(JsonNode seen) {
    assertThat(seen.path("devTriggers").toString()).doesNotContain("false");
    assertThat(seen.path("devTriggers").size()).isEqualTo(12);
    JsonNode expired = seen.path("expiredUpdate");
    assertThat(expired.path("status").asText()).as(seen.toString()).isEqualTo("expired");
    assertThat(expired.path("deal_terms").path("agreed").asBoolean()).isFalse();
    assertOverallFollowsTheFormula(expired.path("final_score"));
    assertThat(seen.path("afterExpiry").path("error").path("code").asText())
        .isEqualTo("NEGOTIATION_EXPIRED");
    assertThat(seen.path("devComplete").path("ok").asBoolean())
        .as(seen.path("devComplete").toString())
        .isTrue();
    JsonNode update = seen.path("devUpdate");
    assertThat(update.path("status").asText()).isEqualTo("completed");
    assertThat(update.path("final_score").path("claiming_value").asInt()).isEqualTo(90);
    assertOverallFollowsTheFormula(update.path("final_score"));
  }
}
