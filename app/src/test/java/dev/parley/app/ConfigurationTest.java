package dev.parley.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.app.Configuration.Parsed;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigurationTest {
  static final String SECRET = "a-production-secret-of-32-bytes-or-more";

  static Configuration valid(Map<String, String> env) {
    Parsed parsed = Configuration.parse(env);
    assertThat(parsed).isInstanceOf(Parsed.Valid.class);
    return ((Parsed.Valid) parsed).configuration();
  }

  static String problem(Map<String, String> env) {
    Parsed parsed = Configuration.parse(env);
    assertThat(parsed).isInstanceOf(Parsed.Invalid.class);
    String problem = ((Parsed.Invalid) parsed).problem();
    assertThat(problem).doesNotContain("\n").doesNotContain("\r");
    return problem;
  }

  @Test
  void a_plugin_grant_of_a_server_secret_or_a_malformed_one_stops_the_start() {
    assertThat(problem(Map.of("DEV_MODE", "true", "PLUGIN_GRANTS", "mirror=JWT_SECRET")))
        .contains("PLUGIN_GRANTS grants JWT_SECRET, which no plugin may read");
    assertThat(problem(Map.of("DEV_MODE", "true", "PLUGIN_GRANTS", "MIRROR_KEY")))
        .contains("PLUGIN_GRANTS: expected plugin=NAME,NAME");
    valid(Map.of("DEV_MODE", "true", "PLUGIN_GRANTS", "mirror=MIRROR_KEY,SHARED_URL;other=X"));
  }

  @Test
  void dev_mode_alone_is_enough_and_everything_else_has_a_default() {
    Configuration config = valid(Map.of("DEV_MODE", "true"));

    assertThat(config.port()).isEqualTo(5000);
    assertThat(config.database()).isEmpty();
    assertThat(config.redisUrl()).isEmpty();
    assertThat(config.jwtSecret()).isEmpty();
    assertThat(config.devMode()).isTrue();
    assertThat(config.pluginsDir()).isEqualTo(Path.of("var/plugins"));
    assertThat(config.builtInPluginsDir()).isEmpty();
    assertThat(config.allowedOrigins()).isEmpty();
    assertThat(config.nodeId()).startsWith("node-");
    assertThat(config.limits()).isEqualTo(new Configuration.Limits(10, 600, 120));
    assertThat(config.shutdownGrace()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void trusted_proxies_are_ip_addresses_written_as_the_server_writes_peers() {
    Configuration config =
        valid(Map.of("DEV_MODE", "true", "TRUSTED_PROXIES", "10.0.0.5, ::1,,127.0.0.1"));

    assertThat(config.trustedProxies().addresses())
        .containsExactlyInAnyOrder("10.0.0.5", "0:0:0:0:0:0:0:1", "127.0.0.1");
    assertThat(valid(Map.of("DEV_MODE", "true")).trustedProxies().addresses()).isEmpty();
  }

  @Test
  void the_shutdown_grace_is_read_and_zero_is_allowed() {
    assertThat(valid(Map.of("DEV_MODE", "true", "SHUTDOWN_GRACE_MS", "0")).shutdownGrace())
        .isZero();
    assertThat(valid(Map.of("DEV_MODE", "true", "SHUTDOWN_GRACE_MS", "1500")).shutdownGrace())
        .isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void the_ai_reply_delay_defaults_to_3_s_zero_turns_it_off_and_it_reaches_the_settings() {
    Configuration defaults = valid(Map.of("DEV_MODE", "true"));
    assertThat(defaults.aiReplyDelayMax()).isEqualTo(Duration.ofSeconds(3));
    assertThat(SocketGatewayWiring.settings(defaults).aiReplyDelayMax())
        .isEqualTo(Duration.ofSeconds(3));

    Configuration off = valid(Map.of("DEV_MODE", "true", "AI_REPLY_DELAY_MAX_MS", "0"));
    assertThat(off.aiReplyDelayMax()).isZero();
    assertThat(SocketGatewayWiring.settings(off).aiReplyDelayMax()).isZero();
    assertThat(valid(Map.of("DEV_MODE", "true", "AI_REPLY_DELAY_MAX_MS", "1200")).aiReplyDelayMax())
        .isEqualTo(Duration.ofMillis(1200));

    assertThat(problem(Map.of("DEV_MODE", "true", "AI_REPLY_DELAY_MAX_MS", "-1")))
        .contains("AI_REPLY_DELAY_MAX_MS must be from 0 to 30000");
    assertThat(problem(Map.of("DEV_MODE", "true", "AI_REPLY_DELAY_MAX_MS", "soon")))
        .contains("AI_REPLY_DELAY_MAX_MS must be a number of milliseconds");
  }

  @Test
  void the_rate_limits_can_be_raised_for_load_tests_and_reach_the_settings() {
    Configuration config =
        valid(
            Map.of(
                "DEV_MODE", "true",
                "RATE_LIMIT_PER_MINUTE", "100000",
                "EVENTS_PER_USER_PER_MINUTE", "200000",
                "HANDSHAKES_PER_IP_PER_MINUTE", "5000"));

    assertThat(config.limits()).isEqualTo(new Configuration.Limits(100_000, 200_000, 5000));
    assertThat(SocketGatewayWiring.settings(config).messagesPerWindow()).isEqualTo(100_000);
    assertThat(SocketGatewayWiring.gatewaySettings(config).eventsPerUser()).isEqualTo(200_000);
    assertThat(SocketGatewayWiring.gatewaySettings(config).handshakesPerIp()).isEqualTo(5000);
  }

  @Test
  void a_rate_limit_below_one_or_not_a_number_is_named() {
    assertThat(problem(Map.of("DEV_MODE", "true", "RATE_LIMIT_PER_MINUTE", "0")))
        .contains("RATE_LIMIT_PER_MINUTE");
    assertThat(problem(Map.of("DEV_MODE", "true", "EVENTS_PER_USER_PER_MINUTE", "lots")))
        .contains("EVENTS_PER_USER_PER_MINUTE");
    assertThat(problem(Map.of("DEV_MODE", "true", "EVENTS_PER_IP_PER_MINUTE", "600")))
        .contains("EVENTS_PER_IP_PER_MINUTE is gone")
        .contains("EVENTS_PER_USER_PER_MINUTE");
    assertThat(problem(Map.of("DEV_MODE", "true", "HANDSHAKES_PER_IP_PER_MINUTE", "-5")))
        .contains("HANDSHAKES_PER_IP_PER_MINUTE");
  }

  @Test
  void dev_mode_listens_on_the_loopback_only_unless_host_says_otherwise() {
    assertThat(valid(Map.of("DEV_MODE", "true")).host()).isEqualTo("127.0.0.1");
    assertThat(valid(Map.of("JWT_SECRET", SECRET)).host()).isEqualTo("0.0.0.0");
    assertThat(valid(Map.of("DEV_MODE", "true", "HOST", "0.0.0.0")).host()).isEqualTo("0.0.0.0");
    assertThat(valid(Map.of("JWT_SECRET", SECRET, "HOST", "10.1.2.3")).host())
        .isEqualTo("10.1.2.3");
    assertThat(valid(Map.of("DEV_MODE", "true", "HOST", "[::1]")).host()).isEqualTo("::1");
    assertThat(problem(Map.of("DEV_MODE", "true", "HOST", "my host/x")))
        .contains("HOST must be an IP address or a host name");
  }

  @Test
  void every_variable_is_read() {
    Configuration config =
        valid(
            Map.of(
                "PORT", "8080",
                "DATABASE_URL", "postgres://u:p@db:5432/parley",
                "REDIS_URL", "redis://cache:6379",
                "JWT_SECRET", SECRET,
                "DEV_MODE", "false",
                "PLUGINS_DIR", "/opt/parley/plugins",
                "ALLOWED_ORIGINS", "https://app.example.org, http://localhost:3000",
                "NODE_ID", "node-a"));

    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.database().orElseThrow().jdbcUrl())
        .isEqualTo("jdbc:postgresql://db:5432/parley");
    assertThat(config.redisUrl()).contains(URI.create("redis://cache:6379"));
    assertThat(config.jwtSecret()).contains(SECRET);
    assertThat(config.devMode()).isFalse();
    assertThat(config.pluginsDir()).isEqualTo(Path.of("/opt/parley/plugins"));
    assertThat(config.allowedOrigins())
        .containsExactly("https://app.example.org", "http://localhost:3000");
    assertThat(config.nodeId()).isEqualTo("node-a");
    assertThat(config.toString()).doesNotContain(SECRET).doesNotContain(":p@");
  }

  @Test
  void the_connection_cap_defaults_to_half_the_descriptor_limit_and_can_be_set() {
    Configuration.Parsed at256 =
        Configuration.parse(Map.of("DEV_MODE", "true"), java.util.OptionalLong.of(256));
    Configuration.Connections derived =
        ((Configuration.Parsed.Valid) at256).configuration().connections();
    Configuration.Connections set =
        valid(Map.of("DEV_MODE", "true", "MAX_CONNECTIONS", "50", "HEADER_READ_TIMEOUT_MS", "2000"))
            .connections();

    assertThat(derived).isEqualTo(new Configuration.Connections(128, Duration.ofSeconds(10)));
    assertThat(derived.maxSessions()).isEqualTo(116);
    assertThat(set).isEqualTo(new Configuration.Connections(50, Duration.ofSeconds(2)));
    assertThat(set.maxSessions()).isEqualTo(45);
    assertThat(
            ((Configuration.Parsed.Valid)
                    Configuration.parse(Map.of("DEV_MODE", "true"), java.util.OptionalLong.empty()))
                .configuration()
                .connections()
                .maxConnections())
        .as("no known limit")
        .isEqualTo(10_000);
    assertThat(
            SocketGatewayWiring.sessionLimits(
                    valid(Map.of("DEV_MODE", "true", "MAX_CONNECTIONS", "50")))
                .maxSessions())
        .isEqualTo(45);
    assertThat(problem(Map.of("DEV_MODE", "true", "MAX_CONNECTIONS", "0")))
        .contains("MAX_CONNECTIONS");
    assertThat(problem(Map.of("DEV_MODE", "true", "HEADER_READ_TIMEOUT_MS", "0")))
        .contains("HEADER_READ_TIMEOUT_MS must be from 1 to 600000");
  }

  @Test
  void the_descriptor_limit_is_the_soft_limit_of_proc_self_limits() {
    assertThat(
            DescriptorLimit.parseProcLimits(
                List.of(
                    "Limit                     Soft Limit           Hard Limit           Units",
                    "Max open files            256                  20000                files")))
        .hasValue(256);
    assertThat(
            DescriptorLimit.parseProcLimits(
                List.of(
                    "Max open files            unlimited            unlimited            files")))
        .isEmpty();
    assertThat(DescriptorLimit.ofThisProcess()).isPresent();
  }

  @Test
  void without_dev_mode_a_jwt_secret_is_required() {
    assertThat(problem(Map.of())).contains("JWT_SECRET is required");
    assertThat(problem(Map.of("DEV_MODE", "false"))).contains("JWT_SECRET is required");
    assertThat(valid(Map.of("JWT_SECRET", SECRET)).devMode()).isFalse();
  }

  @Test
  void a_short_jwt_secret_is_refused_even_in_dev_mode() {
    assertThat(problem(Map.of("DEV_MODE", "true", "JWT_SECRET", "short")))
        .contains("at least 32 bytes");
  }

  @Test
  void each_bad_value_is_named() {
    Map<String, String> env = new HashMap<>(Map.of("JWT_SECRET", SECRET));
    for (var bad :
        List.of(
            Map.entry("PORT", "eighty"),
            Map.entry("PORT", "70000"),
            Map.entry("DATABASE_URL", "mysql://x/y"),
            Map.entry("REDIS_URL", "localhost:6379"),
            Map.entry("DEV_MODE", "maybe"),
            Map.entry("ALLOWED_ORIGINS", "https://ok.example.org,https://bad.example.org/path"),
            Map.entry("NODE_ID", "has spaces"),
            Map.entry("SHUTDOWN_GRACE_MS", "-1"),
            Map.entry("SHUTDOWN_GRACE_MS", "soon"),
            Map.entry("TRUSTED_PROXIES", "10.0.0.5,balancer.internal"),
            Map.entry("TRUSTED_PROXIES", "10.0.0.256"))) {
      env.put(bad.getKey(), bad.getValue());
      assertThat(problem(env)).as(bad.toString()).contains(bad.getKey());
      env.remove(bad.getKey());
    }
  }

  @Test
  void several_problems_are_reported_together_on_one_line() {
    String problem = problem(Map.of("PORT", "x", "DATABASE_URL", "nope"));

    assertThat(problem)
        .contains("PORT")
        .contains("DATABASE_URL")
        .contains("JWT_SECRET")
        .contains("; ");
  }

  @Test
  void blank_values_count_as_unset() {
    Configuration config = valid(Map.of("DEV_MODE", "true", "DATABASE_URL", "  ", "PORT", ""));

    assertThat(config.database()).isEmpty();
    assertThat(config.port()).isEqualTo(5000);
  }
}
