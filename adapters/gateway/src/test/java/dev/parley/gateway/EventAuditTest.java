package dev.parley.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventAuditTest {
  @Test
  void client_chosen_event_names_are_stored_printable_and_short() {
    assertThat(EventAudit.safeEventName("send-message")).isEqualTo("send-message");
    assertThat(EventAudit.safeEventName("\u0000weird\u0007")).isEqualTo("?weird?");
    assertThat(EventAudit.safeEventName("")).isEqualTo("(empty)");
    assertThat(EventAudit.safeEventName("x".repeat(1000))).hasSize(EventAudit.MAX_EVENT_NAME + 1);
  }
}
