package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Result;
import dev.parley.domain.terms.Terms;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PayloadsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String ID = UUID.randomUUID().toString();

  static List<JsonNode> args(String json) throws Exception {
    return List.of(JSON.readTree(json));
  }

  static ErrorCode refusal(Result<?> result) {
    return ((Result.Refused<?>) result).rejection().code();
  }

  @Test
  void a_negotiation_id_is_a_uuid_string_in_an_object() throws Exception {
    assertThat(Payloads.negotiationId(args("{\"negotiation_id\":\"" + ID + "\"}")))
        .isEqualTo(Result.ok(UUID.fromString(ID)));
    for (String bad :
        List.of(
            "{}",
            "{\"negotiation_id\":42}",
            "{\"negotiation_id\":null}",
            "{\"negotiation_id\":\"nope\"}",
            "{\"negotiation_id\":\"" + "x".repeat(10_000) + "\"}",
            "\"" + ID + "\"",
            "[\"" + ID + "\"]",
            "7")) {
      assertThat(refusal(Payloads.negotiationId(args(bad))))
          .as(bad)
          .isEqualTo(ErrorCode.INVALID_PAYLOAD);
    }
    assertThat(refusal(Payloads.negotiationId(List.of()))).isEqualTo(ErrorCode.INVALID_PAYLOAD);
  }

  @Test
  void a_chat_line_may_name_itself_with_a_short_client_message_id() throws Exception {
    String prefix = "{\"negotiation_id\":\"" + ID + "\",\"content\":\"hi\",\"client_message_id\":";
    assertThat(Payloads.chatLine(args(prefix + "\"tab-1:42\"}")))
        .isEqualTo(
            Result.ok(
                new Payloads.ChatLine(
                    UUID.fromString(ID), "hi", java.util.Optional.of("tab-1:42"))));
    assertThat(Payloads.chatLine(args(prefix + "null}")).isOk()).isTrue();
    for (String bad : new String[] {"42", "\"\"", "\"" + "x".repeat(65) + "\"", "\"a b\"", "{}"}) {
      assertThat(refusal(Payloads.chatLine(args(prefix + bad + "}"))))
          .as(bad)
          .isEqualTo(ErrorCode.INVALID_PAYLOAD);
    }
  }

  @Test
  void a_chat_line_needs_text_content_and_ignores_the_seeds_type_and_timestamp() throws Exception {
    assertThat(
            Payloads.chatLine(
                args(
                    "{\"negotiation_id\":\""
                        + ID
                        + "\",\"content\":\"hi\",\"type\":\"user\",\"timestamp\":\"2026-01-01T00:00:00Z\"}")))
        .isEqualTo(
            Result.ok(
                new Payloads.ChatLine(UUID.fromString(ID), "hi", java.util.Optional.empty())));
    assertThat(
            refusal(Payloads.chatLine(args("{\"negotiation_id\":\"" + ID + "\",\"content\":5}"))))
        .isEqualTo(ErrorCode.INVALID_PAYLOAD);
    assertThat(refusal(Payloads.chatLine(args("{\"negotiation_id\":\"" + ID + "\"}"))))
        .isEqualTo(ErrorCode.INVALID_PAYLOAD);
  }

  @Test
  void terms_are_issue_keys_to_finite_numbers() throws Exception {
    assertThat(
            Payloads.proposal(
                args(
                    "{\"negotiation_id\":\""
                        + ID
                        + "\",\"terms\":{\"salary\":85000,\"remote_days\":2.5}}")))
        .isEqualTo(
            Result.ok(
                new Payloads.Proposal(
                    UUID.fromString(ID), Terms.of(Map.of("salary", 85000.0, "remote_days", 2.5)))));
    for (String terms :
        List.of("{}", "[]", "\"85k\"", "{\"salary\":\"85k\"}", "{\"\":1}", "{\"salary\":null}")) {
      assertThat(
              refusal(
                  Payloads.proposal(
                      args("{\"negotiation_id\":\"" + ID + "\",\"terms\":" + terms + "}"))))
          .as(terms)
          .isEqualTo(ErrorCode.INVALID_PAYLOAD);
    }
    StringBuilder many = new StringBuilder("{");
    for (int i = 0; i <= Payloads.MAX_TERMS; i++) {
      many.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":1");
    }
    assertThat(
            refusal(
                Payloads.proposal(
                    args("{\"negotiation_id\":\"" + ID + "\",\"terms\":" + many + "}}"))))
        .isEqualTo(ErrorCode.INVALID_PAYLOAD);
  }

  @Test
  void a_dev_completion_reads_outcome_and_whole_score_overrides() throws Exception {
    var read =
        Payloads.devCompletion(
            args(
                "{\"negotiation_id\":\""
                    + ID
                    + "\",\"outcome\":\"success\",\"score_override\":{\"claiming_value\":90}}"));
    var completion = ((Result.Ok<Payloads.DevCompletion>) read).value();
    assertThat(completion.success()).isTrue();
    assertThat(completion.override().claimingValue()).contains(90);
    assertThat(completion.override().creatingValue()).isEmpty();
    var failure =
        ((Result.Ok<Payloads.DevCompletion>)
                Payloads.devCompletion(
                    args("{\"negotiation_id\":\"" + ID + "\",\"outcome\":\"failure\"}")))
            .value();
    assertThat(failure.success()).isFalse();
    for (String override :
        List.of(
            "{\"claiming_value\":\"high\"}",
            "{\"claiming_value\":90.5}",
            "{\"claiming_value\":101}",
            "7")) {
      assertThat(
              refusal(
                  Payloads.devCompletion(
                      args(
                          "{\"negotiation_id\":\""
                              + ID
                              + "\",\"score_override\":"
                              + override
                              + "}"))))
          .as(override)
          .isEqualTo(ErrorCode.INVALID_PAYLOAD);
    }
  }
}
