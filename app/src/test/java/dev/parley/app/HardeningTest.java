package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.socketio.testing.RawHttp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a hostile or careless client meets on every route of the whole server (issue 17). */
class HardeningTest {
  static Parley parley;

  @BeforeAll
  static void start() {
    parley =
        Parley.start(
            DevModeTest.config(Map.of("JWT_SECRET", ConfigurationTest.SECRET, "PORT", "0")),
            TestPersonas.catalogue(),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            4);
  }

  @AfterAll
  static void stop() {
    parley.close();
  }

  @Test
  void head_carries_no_body_on_the_page_the_api_socket_io_and_unknown_paths() {
    for (String path :
        List.of(
            "/",
            "/index.html",
            "/app.js",
            "/style.css",
            "/api/config",
            "/api/me",
            "/socket.io/?EIO=4&transport=polling",
            "/socket.io/?EIO=4&transport=bogus",
            "/observe/health",
            "/no-such-file.txt")) {
      try (RawHttp raw = new RawHttp(parley.port())) {
        RawHttp.Answer head = raw.exchange("HEAD", path);
        int stray = raw.strayBytes(150);
        RawHttp.Answer next = raw.exchange("GET", "/api/config");

        assertThat(stray).as("body bytes after HEAD " + path).isZero();
        assertThat(next.status()).as("the connection reads on after HEAD " + path).isEqualTo(200);
        assertThat(new String(next.body(), StandardCharsets.UTF_8)).contains("dev_mode");
        String length = head.header("content-length");
        if (length != null && !path.startsWith("/socket.io/")) {
          try (RawHttp get = new RawHttp(parley.port())) {
            RawHttp.Answer got = get.exchange("GET", path);
            assertThat(head.status()).as(path).isEqualTo(got.status());
            assertThat(length).as(path).isEqualTo(Integer.toString(got.body().length));
          }
        }
      }
    }
  }

  @Test
  void every_response_carries_the_security_headers() {
    for (String[] request :
        List.of(
            new String[] {"GET", "/"},
            new String[] {"GET", "/app.js"},
            new String[] {"GET", "/api/config"},
            new String[] {"GET", "/api/me"},
            new String[] {"GET", "/api/nothing"},
            new String[] {"POST", "/api/auth/login"},
            new String[] {"GET", "/socket.io/?EIO=4&transport=polling"},
            new String[] {"GET", "/observe/health"},
            new String[] {"GET", "/no-such-file.txt"},
            new String[] {"HEAD", "/"})) {
      try (RawHttp raw = new RawHttp(parley.port())) {
        RawHttp.Answer answer = raw.exchange(request[0], request[1]);
        String what = request[0] + " " + request[1] + " (" + answer.status() + ")";
        assertThat(answer.header("x-content-type-options")).as(what).isEqualTo("nosniff");
        assertThat(answer.header("referrer-policy")).as(what).isEqualTo("no-referrer");
        assertThat(answer.header("content-security-policy"))
            .as(what)
            .contains("default-src 'self'")
            .contains("frame-ancestors 'none'")
            .contains("object-src 'none'")
            .doesNotContain("unsafe-inline")
            .doesNotContain("unsafe-eval");
      }
    }
  }

  @Test
  void no_source_map_is_built_or_served_outside_dev_mode() {
    try (RawHttp raw = new RawHttp(parley.port())) {
      RawHttp.Answer script = raw.exchange("GET", "/app.js");
      assertThat(script.status()).isEqualTo(200);
      assertThat(new String(script.body(), StandardCharsets.UTF_8))
          .doesNotContain("sourceMappingURL");
      assertThat(raw.exchange("GET", "/app.js.map").status()).isEqualTo(404);
    }
    assertThat(HardeningTest.class.getResource("/web/app.js")).isNotNull();
    assertThat(HardeningTest.class.getResource("/web/app.js.map")).isNull();
  }

  @Test
  void a_source_map_on_the_classpath_is_served_in_dev_mode_only() {
    // test resources put web/probe.js.map beside the page
    try (RawHttp raw = new RawHttp(parley.port())) {
      assertThat(raw.exchange("GET", "/probe.js.map").status()).isEqualTo(404);
    }
    try (Parley dev =
            Parley.start(
                DevModeTest.config(Map.of("DEV_MODE", "true", "PORT", "0")),
                TestPersonas.catalogue(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                4);
        RawHttp raw = new RawHttp(dev.port())) {
      assertThat(raw.exchange("GET", "/probe.js.map").status()).isEqualTo(200);
    }
  }

  @Test
  void nothing_is_read_after_a_request_that_says_connection_close() {
    String smuggled = "GET /api/config HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    for (String[] request :
        List.of(
            new String[] {"GET", "/api/config"},
            new String[] {"GET", "/"},
            new String[] {"POST", "/api/auth/login"},
            new String[] {"GET", "/socket.io/?EIO=4&transport=polling"},
            new String[] {"GET", "/no-such-file.txt"})) {
      String first =
          request[0]
              + " "
              + request[1]
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
              + "Content-Type: application/json\r\nContent-Length: "
              + smuggled.length()
              + "\r\n\r\n"
              + smuggled;
      try (RawHttp raw = new RawHttp(parley.port())) {
        List<RawHttp.Answer> answers =
            raw.sendRaw(first.getBytes(StandardCharsets.ISO_8859_1), 1500);
        assertThat(answers).as(request[0] + " " + request[1]).hasSize(1);
      }
    }
  }

  @Test
  void an_unread_body_is_never_taken_for_the_next_request() {
    String smuggled = "GET /api/config HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    String first =
        "GET /api/config HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
            + smuggled.length()
            + "\r\n\r\n"
            + smuggled;
    try (RawHttp raw = new RawHttp(parley.port())) {
      List<RawHttp.Answer> answers = raw.sendRaw(first.getBytes(StandardCharsets.ISO_8859_1), 1500);
      assertThat(answers).hasSize(1);
    }
  }

  private static final String FOREIGN = "https://evil.example";
  private static final String OWN = "http://127.0.0.1"; // RawHttp sends Host: 127.0.0.1

  @Test
  void one_origin_policy_refuses_a_foreign_origin_on_polling_websocket_and_the_api() {
    assertThat(polling(parley, FOREIGN).status()).isEqualTo(403);
    assertThat(webSocketUpgrade(parley, FOREIGN).status()).isEqualTo(403);
    RawHttp.Answer api = api(parley, "GET", FOREIGN);
    assertThat(api.status()).isEqualTo(403);
    assertThat(new String(api.body(), StandardCharsets.UTF_8)).contains("ORIGIN_NOT_ALLOWED");
    assertThat(api(parley, "OPTIONS", FOREIGN).status()).isEqualTo(403);
  }

  @Test
  void the_pages_own_origin_passes_everywhere_and_is_echoed_never_as_a_wildcard() {
    RawHttp.Answer poll = polling(parley, OWN);
    assertThat(poll.status()).isEqualTo(200);
    assertThat(poll.header("access-control-allow-origin")).isEqualTo(OWN);
    assertThat(webSocketUpgrade(parley, OWN).status()).isEqualTo(101);
    RawHttp.Answer api = api(parley, "GET", OWN);
    assertThat(api.status()).isEqualTo(200);
    assertThat(api.header("access-control-allow-origin")).isEqualTo(OWN);
    assertThat(api.header("access-control-allow-credentials")).isNull();
  }

  @Test
  void allowed_origins_replace_the_pages_own_with_exactly_the_listed_ones() {
    try (Parley listed =
        Parley.start(
            DevModeTest.config(
                Map.of(
                    "JWT_SECRET",
                    ConfigurationTest.SECRET,
                    "PORT",
                    "0",
                    "ALLOWED_ORIGINS",
                    "https://app.example")),
            TestPersonas.catalogue(),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            4)) {
      String app = "https://app.example";
      RawHttp.Answer poll = polling(listed, app);
      assertThat(poll.status()).isEqualTo(200);
      assertThat(poll.header("access-control-allow-origin")).isEqualTo(app);
      assertThat(poll.header("access-control-allow-credentials")).isEqualTo("true");
      assertThat(webSocketUpgrade(listed, app).status()).isEqualTo(101);
      assertThat(api(listed, "GET", app).header("access-control-allow-origin")).isEqualTo(app);
      RawHttp.Answer preflight = api(listed, "OPTIONS", app);
      assertThat(preflight.status()).isEqualTo(204);
      assertThat(preflight.header("access-control-allow-origin")).isEqualTo(app);
      assertThat(preflight.header("access-control-allow-headers")).contains("Authorization");

      assertThat(polling(listed, OWN).status()).isEqualTo(403);
      assertThat(webSocketUpgrade(listed, OWN).status()).isEqualTo(403);
      assertThat(api(listed, "GET", OWN).status()).isEqualTo(403);
    }
  }

  private static RawHttp.Answer polling(Parley server, String origin) {
    try (RawHttp raw = new RawHttp(server.port())) {
      return raw.exchange(
          "GET", "/socket.io/?EIO=4&transport=polling", Map.of("Origin", origin), new byte[0]);
    }
  }

  private static RawHttp.Answer webSocketUpgrade(Parley server, String origin) {
    try (RawHttp raw = new RawHttp(server.port())) {
      return raw.exchange(
          "GET",
          "/socket.io/?EIO=4&transport=websocket",
          Map.of(
              "Origin", origin,
              "Upgrade", "websocket",
              "Connection", "Upgrade",
              "Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==",
              "Sec-WebSocket-Version", "13"),
          new byte[0]);
    }
  }

  private static RawHttp.Answer api(Parley server, String method, String origin) {
    try (RawHttp raw = new RawHttp(server.port())) {
      return raw.exchange(
          method,
          "/api/config",
          Map.of("Origin", origin, "Access-Control-Request-Method", "POST"),
          new byte[0]);
    }
  }

  @Test
  void clients_that_break_off_requests_leave_one_line_per_cause_and_a_count_not_stack_traces()
      throws Exception {
    java.util.List<java.util.logging.LogRecord> records =
        java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    java.util.logging.Handler capture =
        new java.util.logging.Handler() {
          @Override
          public void publish(java.util.logging.LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    java.util.logging.Logger helidon = java.util.logging.Logger.getLogger("io.helidon");
    helidon.addHandler(capture);
    try {
      for (int i = 0; i < 30; i++) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", parley.port())) {
          socket
              .getOutputStream()
              .write(
                  "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Half"
                      .getBytes(StandardCharsets.US_ASCII));
        }
      }
      Thread.sleep(1000);
    } finally {
      helidon.removeHandler(capture);
    }

    List<java.util.logging.LogRecord> seen = List.copyOf(records);
    assertThat(seen).allSatisfy(record -> assertThat(record.getThrown()).isNull());
    assertThat(seen)
        .filteredOn(record -> record.getMessage().startsWith("client fault"))
        .hasSizeLessThanOrEqualTo(1);
    try (RawHttp raw = new RawHttp(parley.port())) {
      String scrape =
          new String(raw.exchange("GET", "/observe/metrics").body(), StandardCharsets.UTF_8);
      java.util.regex.Matcher count =
          java.util.regex.Pattern.compile(
                  "parley_client_faults_total\\{cause=\"closed_mid_request\"\\} (\\d+)")
              .matcher(scrape);
      assertThat(count.find()).as(scrape).isTrue();
      assertThat(Long.parseLong(count.group(1))).isGreaterThanOrEqualTo(30);
    }
  }
}
