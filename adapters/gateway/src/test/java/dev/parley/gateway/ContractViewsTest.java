package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.negotiation.AiMetadata;
import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Phase;
import dev.parley.domain.negotiation.ReadAs;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.result.Rejection;
import dev.parley.domain.terms.Terms;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContractViewsTest {
  static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
  static final UUID NEGOTIATION = UUID.fromString("00000000-0000-0000-0000-000000000002");
  static final Instant AT = Instant.parse("2026-01-01T10:00:00Z");

  @Test
  void the_user_message_object_has_the_seeds_fields() {
    Message message =
        new Message(ID, NEGOTIATION, 3, Sender.USER, "hi", Optional.empty(), Terms.NONE, AT, false);
    assertThat(ContractViews.message(message).toString())
        .isEqualTo(
            "{\"id\":\""
                + ID
                + "\",\"negotiation_id\":\""
                + NEGOTIATION
                + "\",\"sender_type\":\"user\",\"content\":\"hi\",\"timestamp\":\"2026-01-01T10:00:00Z\",\"read\":false,\"sequence\":3}");
  }

  @Test
  void the_ai_message_object_carries_its_metadata() {
    Message message =
        new Message(
            ID,
            NEGOTIATION,
            4,
            Sender.AI,
            "85k?",
            Optional.of(new AiMetadata("gpt-4", "anchoring", Phase.DISCUSSION, 0.85)),
            Terms.NONE,
            AT,
            false);
    assertThat(ContractViews.message(message).path("ai_metadata").toString())
        .isEqualTo(
            "{\"model\":\"gpt-4\",\"reasoning\":\"anchoring\",\"negotiation_state\":\"discussion\",\"confidence\":0.85}");
  }

  @Test
  void a_learners_message_carries_what_it_was_read_as() {
    Message offer =
        new Message(
            ID,
            NEGOTIATION,
            5,
            Sender.USER,
            "how about 95?",
            Optional.empty(),
            Terms.NONE,
            AT,
            false,
            Optional.of(
                new ReadAs(ReadAs.Kind.OFFER, Terms.of(Map.of("salary", 95000.0)), 0.6, false)));
    Message question =
        new Message(
            ID,
            NEGOTIATION,
            6,
            Sender.USER,
            "remote?",
            Optional.empty(),
            Terms.NONE,
            AT,
            false,
            Optional.of(new ReadAs(ReadAs.Kind.QUESTION, Terms.NONE, 1.0, false)));

    assertThat(ContractViews.message(offer).path("read_as").toString())
        .isEqualTo(
            "{\"move\":\"offer\",\"confidence\":0.6,\"terms\":{\"salary\":95000},\"tabled\":false}");
    assertThat(ContractViews.message(question).path("read_as").toString())
        .isEqualTo("{\"move\":\"question\",\"confidence\":1.0}");
  }

  @Test
  void errors_and_refused_acks_name_the_code_and_the_wait() {
    Rejection limited = Rejection.rateLimited(Duration.ofMillis(1500));
    var error = ContractViews.error(limited, "send-message", Optional.of(NEGOTIATION), AT);
    assertThat(error.path("code").asText()).isEqualTo("RATE_LIMITED");
    assertThat(error.path("retry_after_ms").asLong()).isEqualTo(1500);
    assertThat(error.path("event").asText()).isEqualTo("send-message");
    assertThat(error.path("negotiation_id").asText()).isEqualTo(NEGOTIATION.toString());
    assertThat(error.path("timestamp").asText()).isEqualTo("2026-01-01T10:00:00Z");
    assertThat(ContractViews.refusedAck(limited).toString())
        .startsWith("{\"ok\":false,\"error\":{\"code\":\"RATE_LIMITED\"")
        .contains("\"retry_after_ms\":1500");
  }

  @Test
  void whole_term_values_are_written_without_a_fraction() {
    assertThat(ContractViews.terms(Terms.of(Map.of("salary", 85000.0))).toString())
        .isEqualTo("{\"salary\":85000}");
    assertThat(ContractViews.terms(Terms.of(Map.of("remote_days", 2.5))).toString())
        .isEqualTo("{\"remote_days\":2.5}");
  }
}
