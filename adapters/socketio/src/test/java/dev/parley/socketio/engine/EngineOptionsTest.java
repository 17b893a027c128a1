package dev.parley.socketio.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineOptionsTest {

  @Test
  void defaultsAreNodes() {
    EngineOptions defaults = EngineOptions.defaults();

    assertThat(defaults.path()).isEqualTo("/socket.io/");
    assertThat(defaults.pingInterval()).isEqualTo(Duration.ofSeconds(25));
    assertThat(defaults.pingTimeout()).isEqualTo(Duration.ofSeconds(20));
    assertThat(defaults.upgradeTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.maxPayload()).isEqualTo(1_000_000);
    assertThat(defaults.allowedOrigins()).isEqualTo(OriginPolicy.sameOrigin());
    assertThat(defaults.transports()).containsExactly("polling", "websocket");
    assertThat(defaults.maxBufferedBytes()).isEqualTo(4L << 20);
    assertThat(defaults.volatileBufferLimit()).isEqualTo(2L << 20);
    assertThat(defaults.sessionLimits()).isEqualTo(SessionLimits.none());
  }

  @Test
  void withersChangeOneFieldEach() {
    EngineOptions changed =
        EngineOptions.defaults()
            .withPath("/engine.io/")
            .withPingInterval(Duration.ofMillis(300))
            .withPingTimeout(Duration.ofMillis(200))
            .withUpgradeTimeout(Duration.ofMillis(100))
            .withMaxPayload(10)
            .withAllowedOrigins(OriginPolicy.only(List.of("https://a.example")))
            .withTransports(List.of("websocket"))
            .withMaxBufferedBytes(3)
            .withSessionLimits(new SessionLimits(5, 6, SessionLimits.ClientAddresses.PEER));

    assertThat(changed)
        .isEqualTo(
            new EngineOptions(
                "/engine.io/",
                Duration.ofMillis(300),
                Duration.ofMillis(200),
                Duration.ofMillis(100),
                10,
                OriginPolicy.only(List.of("https://a.example")),
                List.of("websocket"),
                3,
                new SessionLimits(5, 6, SessionLimits.ClientAddresses.PEER)));
  }

  @Test
  void addsTheTrailingSlashAsNodeDoes() {
    assertThat(EngineOptions.defaults().withPath("/engine.io").path()).isEqualTo("/engine.io/");
  }

  @Test
  void refusesNonsense() {
    EngineOptions defaults = EngineOptions.defaults();
    assertThatThrownBy(() -> defaults.withPath("engine.io"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> defaults.withPingInterval(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> defaults.withMaxPayload(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> defaults.withTransports(List.of("flash")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> defaults.withTransports(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> defaults.withMaxBufferedBytes(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
