package dev.parley.domain.usecase;

import java.time.Duration;

/**
 * How many negotiations one person may have: open at once (active or paused), and started per hour.
 * A learner practises one or two at a time; the limits are there so that one account cannot fill
 * the store (issue 17 found 20,000 made in 3 s).
 *
 * @param openPerUser negotiations a user may have open at once ({@code OPEN_NEGOTIATIONS_PER_USER})
 * @param startsPerHour negotiations a user may start per hour ({@code NEGOTIATION_STARTS_PER_HOUR})
 */
public record NegotiationQuotas(int openPerUser, int startsPerHour) {
  public static final Duration START_WINDOW = Duration.ofHours(1);

  public NegotiationQuotas {
    if (openPerUser < 1 || startsPerHour < 1) {
      throw new IllegalArgumentException("quotas must be positive");
    }
  }

  /** 20 open at once, 60 started per hour. */
  public static NegotiationQuotas defaults() {
    return new NegotiationQuotas(20, 60);
  }
}
