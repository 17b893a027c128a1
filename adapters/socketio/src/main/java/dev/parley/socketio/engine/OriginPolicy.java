package dev.parley.socketio.engine;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which browser origins may talk to the server: the page's own origin (its host and port are the
 * request's {@code Host}), or, when an allow-list is given, exactly the origins on it. A request
 * without an {@code Origin} header is not a browser's cross-origin request and always passes. The
 * same policy answers for long-polling, WebSocket upgrades and the REST API; it is the rule
 * Helidon's WebSocket upgrade applies to its {@code origins} setting, so both layers agree
 * (docs/security.md).
 *
 * @param allowList the allowed origins, lower case; empty when only the page's own is allowed
 */
public record OriginPolicy(Set<String> allowList) {
  public OriginPolicy {
    allowList =
        allowList.stream()
            .map(origin -> origin.strip().toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }

  /** Only the page's own origin. */
  public static OriginPolicy sameOrigin() {
    return new OriginPolicy(Set.of());
  }

  /** Exactly these origins (like {@code https://app.example}); none means the page's own origin. */
  public static OriginPolicy only(Collection<String> allowList) {
    return new OriginPolicy(Set.copyOf(allowList));
  }

  /**
   * Whether a request with these headers may proceed.
   *
   * @param origin the {@code Origin} header, null when absent
   * @param host the {@code Host} header, null when absent
   */
  public boolean allows(String origin, String host) {
    if (origin == null) {
      return true;
    }
    String normalised = origin.strip().toLowerCase(Locale.ROOT);
    return allowList.isEmpty() ? isSameOrigin(normalised, host) : allowList.contains(normalised);
  }

  private static boolean isSameOrigin(String origin, String host) {
    if (host == null || host.isBlank()) {
      return false;
    }
    Optional<Authority> fromOrigin = Authority.ofOrigin(origin);
    Optional<Authority> fromHost = Authority.ofHost(host.strip().toLowerCase(Locale.ROOT));
    if (fromOrigin.isEmpty() || fromHost.isEmpty()) {
      return false;
    }
    Authority page = fromOrigin.get();
    Authority requested = fromHost.get();
    int requestedPort = requested.port() < 0 ? page.defaultPort() : requested.port();
    return page.host().equals(requested.host()) && page.effectivePort() == requestedPort;
  }

  private record Authority(String scheme, String host, int port) {
    static Optional<Authority> ofOrigin(String origin) {
      try {
        URI uri = new URI(origin);
        if (uri.getHost() == null
            || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
          return Optional.empty();
        }
        return Optional.of(new Authority(uri.getScheme(), uri.getHost(), uri.getPort()));
      } catch (URISyntaxException e) {
        return Optional.empty();
      }
    }

    static Optional<Authority> ofHost(String host) {
      return ofOrigin("http://" + host)
          .map(parsed -> new Authority("", parsed.host(), parsed.port()));
    }

    int defaultPort() {
      return "https".equals(scheme) ? 443 : 80;
    }

    int effectivePort() {
      return port < 0 ? defaultPort() : port;
    }
  }
}
