package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DevModeTest {
  static final String LOGIN =
      "{\"email\":\"" + Parley.DEMO_EMAIL + "\",\"password\":\"" + Parley.DEMO_PASSWORD + "\"}";

  static Configuration config(Map<String, String> env) {
    return GatewayEndToEndTest.config(env);
  }

  @Test
  void dev_mode_seeds_a_demo_account_and_prints_its_login() {
    var out = new ByteArrayOutputStream();
    try (Parley parley =
            Parley.start(
                config(Map.of("DEV_MODE", "true", "PORT", "0")),
                TestPersonas.catalogue(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                4);
        Http http = new Http(parley.port())) {
      String printed = out.toString(StandardCharsets.UTF_8);
      assertThat(printed)
          .contains("listening on http://localhost:" + parley.port())
          .contains("(bound to 127.0.0.1)")
          .contains("in-memory")
          .contains(Parley.DEMO_EMAIL + " / " + Parley.DEMO_PASSWORD);

      Http.Response login = http.post("/api/auth/login", null, LOGIN);
      assertThat(login.status()).isEqualTo(200);
      assertThat(http.get("/api/me", login.body().path("access_token").asText()).status())
          .isEqualTo(200);
    }
  }

  @Test
  void the_demo_login_works_as_soon_as_health_first_answers() throws Exception {
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Configuration config = config(Map.of("DEV_MODE", "true", "PORT", String.valueOf(port)));
    // A realistic password cost: seeding the demo account takes a noticeable moment.
    var starting =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> Parley.start(config, TestPersonas.catalogue(), GatewayEndToEndTest.QUIET, 12));
    try (Http http = new Http(port)) {
      java.time.Instant until = java.time.Instant.now().plusSeconds(30);
      while (!healthAnswers(port)) {
        assertThat(java.time.Instant.now()).as("health answered").isBefore(until);
        Thread.sleep(5);
      }
      assertThat(http.post("/api/auth/login", null, LOGIN).status()).isEqualTo(200);
    } finally {
      starting.get().close();
    }
  }

  private static boolean healthAnswers(int port) {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket
          .getOutputStream()
          .write(
              ("GET /observe/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      return answer.startsWith("HTTP/1.1 200");
    } catch (java.io.IOException e) {
      return false;
    }
  }

  @Test
  void without_dev_mode_nothing_is_seeded() {
    var out = new ByteArrayOutputStream();
    try (Parley parley =
            Parley.start(
                config(Map.of("JWT_SECRET", ConfigurationTest.SECRET, "PORT", "0")),
                TestPersonas.catalogue(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                4);
        Http http = new Http(parley.port())) {
      assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain(Parley.DEMO_EMAIL);
      assertThat(http.post("/api/auth/login", null, LOGIN).status()).isEqualTo(401);
      assertThat(http.get("/observe/health", null).status()).isEqualTo(200);
    }
  }
}
