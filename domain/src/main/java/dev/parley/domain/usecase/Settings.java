package dev.parley.domain.usecase;

import java.time.Duration;

/**
 * The limits of the use cases. {@link #defaults()} are the contract's: 1000 characters, 10 messages
 * per user per minute, 30 s for the AI, 50 messages of history on join, rooms paused after 5
 * minutes empty; dev events off; an AI reply shown after at most 3 s of typing ({@link
 * ReplyPacing}).
 *
 * @param aiReplyDelayMax the longest the AI is shown typing before its reply appears ({@code
 *     AI_REPLY_DELAY_MAX_MS}); zero shows replies at once (tests, benchmarks)
 */
public record Settings(
    int maxMessageLength,
    int messagesPerWindow,
    Duration messageWindow,
    Duration aiDeadline,
    Duration aiReplyDelayMax,
    int historyOnJoin,
    boolean devMode) {

  public Settings {
    if (maxMessageLength < 1 || messagesPerWindow < 1 || historyOnJoin < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (messageWindow.isNegative()
        || messageWindow.isZero()
        || aiDeadline.isNegative()
        || aiDeadline.isZero()) {
      throw new IllegalArgumentException("durations must be positive");
    }
    if (aiReplyDelayMax.isNegative()) {
      throw new IllegalArgumentException("the reply delay must not be negative");
    }
  }

  public static Settings defaults() {
    return new Settings(
        1000, 10, Duration.ofMinutes(1), Duration.ofSeconds(30), Duration.ofSeconds(3), 50, false);
  }

  public Settings withDevMode(boolean enabled) {
    return new Settings(
        maxMessageLength,
        messagesPerWindow,
        messageWindow,
        aiDeadline,
        aiReplyDelayMax,
        historyOnJoin,
        enabled);
  }

  public Settings withAiDeadline(Duration deadline) {
    return new Settings(
        maxMessageLength,
        messagesPerWindow,
        messageWindow,
        deadline,
        aiReplyDelayMax,
        historyOnJoin,
        devMode);
  }

  public Settings withAiReplyDelayMax(Duration delayMax) {
    return new Settings(
        maxMessageLength,
        messagesPerWindow,
        messageWindow,
        aiDeadline,
        delayMax,
        historyOnJoin,
        devMode);
  }
}
