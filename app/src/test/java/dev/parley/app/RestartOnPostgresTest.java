package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.parley.domain.negotiation.NewMessage;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.terms.Terms;
import dev.parley.postgres.DatabaseUrl;
import dev.parley.postgres.PostgresStorage;
import java.io.OutputStream;
import java.io.PrintStream;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Parley on PostgreSQL keeps what it was told across a restart. Messages are written by a second
 * storage on the same database, as the Socket.IO side of another node would.
 */
class RestartOnPostgresTest {
  static final String VARIABLE = "PARLEY_TEST_DATABASE_URL";
  String serverUrl;
  String schema;

  @BeforeEach
  void freshSchema() {
    serverUrl = System.getenv(VARIABLE);
    if (serverUrl == null || serverUrl.isBlank()) {
      fail(
          VARIABLE
              + " is not set: run ops/test (or ops/services/10-postgres.sh and export what it writes to var/test.env)");
    }
    schema = "t_app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    sql("create schema " + schema);
  }

  @AfterEach
  void dropSchema() {
    sql("drop schema if exists " + schema + " cascade");
  }

  private void sql(String statement) {
    DatabaseUrl url = DatabaseUrl.parse(serverUrl);
    try (var connection = DriverManager.getConnection(url.jdbcUrl(), url.user(), url.password());
        var st = connection.createStatement()) {
      st.execute(statement);
    } catch (SQLException e) {
      fail("PostgreSQL refused `" + statement + "`: " + e.getMessage(), e);
    }
  }

  private Configuration config() {
    return GatewayEndToEndTest.config(
        Map.of(
            "PORT",
            "0",
            "JWT_SECRET",
            ConfigurationTest.SECRET,
            "DATABASE_URL",
            serverUrl + "?currentSchema=" + schema));
  }

  @Test
  void accounts_negotiations_and_messages_survive_a_restart() {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    String negotiationId;
    try (Parley first = Parley.start(config(), TestPersonas.catalogue(), quiet, 4);
        Http http = new Http(first.port())) {
      Http.Response registered =
          http.post(
              "/api/auth/register",
              null,
              "{\"email\":\"restart@example.org\",\"password\":\"long enough to pass\",\"display_name\":\"Re\"}");
      assertThat(registered.status()).isEqualTo(201);
      String token = registered.body().path("access_token").asText();
      Http.Response started =
          http.post(
              "/api/negotiations",
              token,
              "{\"scenario_id\":\"salary-offer\",\"persona_id\":\""
                  + TestPersonas.DESCRIPTOR.id()
                  + "\"}");
      assertThat(started.status()).isEqualTo(201);
      negotiationId = started.body().path("id").asText();
      assertThat(http.get("/observe/health", null).body().path("checks").path("database").asText())
          .isEqualTo("UP");
    }
    try (PostgresStorage other = PostgresStorage.open(config().database().orElseThrow())) {
      for (String content : List.of("first", "second", "third")) {
        other
            .messages()
            .append(
                new NewMessage(
                    UUID.randomUUID(),
                    UUID.fromString(negotiationId),
                    Sender.USER,
                    content,
                    Optional.empty(),
                    Terms.NONE,
                    Instant.now()));
      }
    }

    try (Parley second = Parley.start(config(), TestPersonas.catalogue(), quiet, 4);
        Http http = new Http(second.port())) {
      Http.Response login =
          http.post(
              "/api/auth/login",
              null,
              "{\"email\":\"restart@example.org\",\"password\":\"long enough to pass\"}");
      assertThat(login.status()).isEqualTo(200);
      String token = login.body().path("access_token").asText();

      Http.Response negotiation = http.get("/api/negotiations/" + negotiationId, token);
      assertThat(negotiation.status()).isEqualTo(200);
      assertThat(negotiation.body().path("status").asText()).isEqualTo("active");
      assertThat(http.get("/api/negotiations", token).body().path("negotiations").size())
          .isEqualTo(1);
      Http.Response messages = http.get("/api/negotiations/" + negotiationId + "/messages", token);
      List<String> contents = new ArrayList<>();
      messages.body().path("messages").forEach(m -> contents.add(m.path("content").asText()));
      assertThat(contents).containsExactly("first", "second", "third");
    }
  }
}
