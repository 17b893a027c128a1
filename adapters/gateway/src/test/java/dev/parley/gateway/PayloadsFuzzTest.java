package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Result;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of a client's event, as JSON: every payload reader returns a value or refuses with
 * {@code INVALID_PAYLOAD}, never throws; and a bare string is never a chat line. Seeds are in
 * {@code PayloadsFuzzTestInputs/eventArguments/}.
 */
class PayloadsFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @FuzzTest(maxDuration = "2s")
  void eventArguments(byte[] json) {
    String text = new String(json, StandardCharsets.UTF_8);
    assertRefused(Payloads.chatLine(List.of(JSON.getNodeFactory().textNode(text))));
    JsonNode parsed;
    try {
      parsed = JSON.readTree(text);
    } catch (JacksonException notJson) {
      return;
    }
    if (parsed == null) {
      return;
    }
    List<JsonNode> args = new ArrayList<>();
    if (parsed.isArray()) {
      parsed.forEach(args::add);
    } else {
      args.add(parsed);
    }
    for (Result<?> read :
        List.of(
            Payloads.negotiationId(args),
            Payloads.chatLine(args),
            Payloads.proposal(args),
            Payloads.devCompletion(args))) {
      if (read instanceof Result.Refused<?> refused) {
        assertThat(refused.rejection().code()).isEqualTo(ErrorCode.INVALID_PAYLOAD);
      } else {
        assertThat(args.get(0).isObject()).isTrue();
      }
    }
    assertThat(Payloads.negotiationIdIfAny(args).isPresent())
        .isEqualTo(Payloads.negotiationId(args) instanceof Result.Ok<?>);
    if (!args.isEmpty() && args.get(0).isTextual()) {
      assertRefused(Payloads.chatLine(args));
    }
  }

  private static void assertRefused(Result<?> read) {
    assertThat(read).isInstanceOf(Result.Refused.class);
    assertThat(((Result.Refused<?>) read).rejection().code()).isEqualTo(ErrorCode.INVALID_PAYLOAD);
  }
}
