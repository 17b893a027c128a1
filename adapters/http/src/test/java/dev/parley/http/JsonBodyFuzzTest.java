package dev.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * A JSON request body as register, login and start-negotiation read it: the body is an object or a
 * 400 ({@code INVALID_JSON}), or a 413 when too large; each field the endpoints take is a string,
 * absent, or a 400 naming it. Nothing else escapes to become a 500. Seeds are in {@code
 * JsonBodyFuzzTestInputs/requestBody/}.
 */
class JsonBodyFuzzTest {
  private static final List<String> FIELDS =
      List.of("email", "password", "display_name", "scenario_id", "persona_id");

  @FuzzTest(maxDuration = "2s")
  void requestBody(byte[] body) {
    JsonNode object;
    try {
      object = Json.readObject(new ByteArrayInputStream(body));
    } catch (ApiError refused) {
      boolean tooLarge = body.length > Json.MAX_BODY_BYTES;
      assertThat(refused.status).isEqualTo(tooLarge ? 413 : 400);
      assertThat(refused.code).isEqualTo(tooLarge ? "PAYLOAD_TOO_LARGE" : "INVALID_JSON");
      return;
    }
    assertThat(object.isObject()).isTrue();
    for (String field : FIELDS) {
      try {
        String optional = Json.optionalText(object, field);
        String required = Json.requiredText(object, field);
        assertThat(required).isEqualTo(optional).isNotBlank();
      } catch (ApiError refused) {
        assertThat(refused.status).isEqualTo(400);
        assertThat(refused.getMessage()).startsWith(field + " ");
      }
    }
  }
}
