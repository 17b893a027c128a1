package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A teacher adds scenarios by dropping files into SCENARIOS_DIR, without compiling anything. */
class TeacherScenariosTest {

  @TempDir Path scenarios;

  @Test
  void a_teachers_file_is_offered_and_a_broken_one_is_named_while_the_server_starts()
      throws IOException {
    String salary = builtIn("salary-offer.yaml");
    Files.writeString(
        scenarios.resolve("office-lease.yaml"),
        salary
            .replace("id: salary-offer", "id: office-lease")
            .replace("title: Salary offer", "title: Office lease"));
    Files.writeString(
        scenarios.resolve("broken.yaml"),
        salary
            .replace("id: salary-offer", "id: broken")
            .replace("weight: 0.50, better: higher", "weight: lots, better: higher"));
    var out = new ByteArrayOutputStream();

    try (Parley parley =
            Parley.start(
                DevModeTest.config(
                    Map.of("DEV_MODE", "true", "PORT", "0", "SCENARIOS_DIR", scenarios.toString())),
                TestPersonas.catalogue(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                4);
        Http http = new Http(parley.port())) {
      String token =
          http.post("/api/auth/login", null, DevModeTest.LOGIN)
              .body()
              .path("access_token")
              .asText();
      List<String> ids = new ArrayList<>();
      for (JsonNode scenario : scenarioList(http.get("/api/scenarios", token).body())) {
        ids.add(scenario.path("id").asText());
      }

      assertThat(ids)
          .containsExactly("salary-offer", "freelance-contract", "used-car", "office-lease");
      assertThat(out.toString(StandardCharsets.UTF_8))
          .contains("scenario file left out: broken.yaml: issues[0].person.weight:")
          .contains("listening on");
    }
  }

  private static JsonNode scenarioList(JsonNode body) {
    return body.isArray() ? body : body.path("scenarios");
  }

  private static String builtIn(String name) throws IOException {
    try (InputStream in =
        TeacherScenariosTest.class.getResourceAsStream("/dev/parley/scenarios/builtin/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
