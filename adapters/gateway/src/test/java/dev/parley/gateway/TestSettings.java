package dev.parley.gateway;

import dev.parley.domain.usecase.Settings;
import java.time.Duration;

/** The settings every gateway test starts from. */
final class TestSettings {
  private TestSettings() {}

  /**
   * The contract's limits, with AI replies shown at once (no typing delay,
   * AI_REPLY_DELAY_MAX_MS=0).
   */
  static Settings useCases() {
    return Settings.defaults().withAiReplyDelayMax(Duration.ZERO);
  }
}
