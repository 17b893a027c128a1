package dev.parley.gateway;

import dev.parley.domain.usecase.TrustedProxies;
import java.time.Duration;
import java.util.Objects;

/**
 * The transport's own limits and timers; the business limits (message rate and length, AI deadline,
 * history size, dev mode) are the domain's {@code Settings}.
 *
 * @param handshakesPerIp connections one IP address may open per {@code handshakeWindow}
 * @param eventsPerUser events the sockets of one user may emit per {@code eventWindow}, a flood
 *     guard well above what a person typing produces; per user, not per address, so that people
 *     behind one address (a school's NAT) each have their own (before a handshake is authenticated
 *     only {@code handshakesPerIp} applies)
 * @param roomCleanup how long a negotiation's room stays empty before the negotiation is paused
 * @param expirySweep how often negotiations past their time limit are expired
 * @param trustedProxies load balancers whose {@code X-Forwarded-For} names the client for the
 *     per-IP limits and the audit trail
 */
public record GatewaySettings(
    int handshakesPerIp,
    Duration handshakeWindow,
    int eventsPerUser,
    Duration eventWindow,
    Duration roomCleanup,
    Duration expirySweep,
    TrustedProxies trustedProxies) {

  public GatewaySettings {
    Objects.requireNonNull(handshakeWindow, "handshakeWindow");
    Objects.requireNonNull(eventWindow, "eventWindow");
    Objects.requireNonNull(roomCleanup, "roomCleanup");
    Objects.requireNonNull(expirySweep, "expirySweep");
    Objects.requireNonNull(trustedProxies, "trustedProxies");
    if (handshakesPerIp < 1 || eventsPerUser < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    for (Duration duration :
        new Duration[] {handshakeWindow, eventWindow, roomCleanup, expirySweep}) {
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("durations must be positive");
      }
    }
  }

  /**
   * 120 handshakes and 600 events per user per minute, rooms paused after 5 minutes empty (the
   * seed's room cleanup), expiry swept every 15 s.
   */
  public static GatewaySettings defaults() {
    return new GatewaySettings(
        120,
        Duration.ofMinutes(1),
        600,
        Duration.ofMinutes(1),
        Duration.ofMinutes(5),
        Duration.ofSeconds(15),
        TrustedProxies.NONE);
  }

  public GatewaySettings withRoomCleanup(Duration value) {
    return new GatewaySettings(
        handshakesPerIp,
        handshakeWindow,
        eventsPerUser,
        eventWindow,
        value,
        expirySweep,
        trustedProxies);
  }

  public GatewaySettings withExpirySweep(Duration value) {
    return new GatewaySettings(
        handshakesPerIp,
        handshakeWindow,
        eventsPerUser,
        eventWindow,
        roomCleanup,
        value,
        trustedProxies);
  }

  public GatewaySettings withHandshakesPerIp(int limit, Duration window) {
    return new GatewaySettings(
        limit, window, eventsPerUser, eventWindow, roomCleanup, expirySweep, trustedProxies);
  }

  public GatewaySettings withTrustedProxies(TrustedProxies value) {
    return new GatewaySettings(
        handshakesPerIp,
        handshakeWindow,
        eventsPerUser,
        eventWindow,
        roomCleanup,
        expirySweep,
        value);
  }

  public GatewaySettings withEventsPerUser(int limit, Duration window) {
    return new GatewaySettings(
        handshakesPerIp, handshakeWindow, limit, window, roomCleanup, expirySweep, trustedProxies);
  }
}
