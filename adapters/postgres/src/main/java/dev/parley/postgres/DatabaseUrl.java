package dev.parley.postgres;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where the database is, as the JDBC driver wants it. Accepts the {@code
 * postgres://user:password@host:port/database?options} form that hosting platforms hand out (also
 * {@code postgresql://}) and plain {@code jdbc:postgresql://...} URLs. {@code user} and {@code
 * password} are null when the URL does not carry them (a JDBC URL may carry them as query options,
 * which the driver reads itself).
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {
  private static final int DEFAULT_PORT = 5432;
  static final String EXPECTED =
      "expected postgres://user:password@host:5432/database or jdbc:postgresql://host:5432/database";

  public static DatabaseUrl parse(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new IllegalArgumentException("is empty; " + EXPECTED);
    }
    String url = raw.strip();
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:postgresql:")) {
      return new DatabaseUrl(url, null, null);
    }
    if (!lower.startsWith("postgres://") && !lower.startsWith("postgresql://")) {
      throw new IllegalArgumentException("has an unknown scheme; " + EXPECTED);
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "is not a valid URL (percent-encode special characters in the password); " + EXPECTED, e);
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("has no host; " + EXPECTED);
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (path.length() <= 1 || path.indexOf('/', 1) >= 0) {
      throw new IllegalArgumentException("has no database name; " + EXPECTED);
    }
    int port = uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort();
    String jdbc =
        "jdbc:postgresql://"
            + uri.getHost()
            + ":"
            + port
            + path
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    String user = null;
    String password = null;
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null && !userInfo.isEmpty()) {
      int colon = userInfo.indexOf(':');
      user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
      password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
    }
    return new DatabaseUrl(jdbc, user, password);
  }

  private static String decode(String percentEncoded) {
    // URLDecoder is for forms; a '+' in a URL's user info is a plus, not a space.
    return URLDecoder.decode(percentEncoded.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** The URL with the given schema as the default search path (tests isolate themselves so). */
  public DatabaseUrl withSchema(String schema) {
    String separator = jdbcUrl.contains("?") ? "&" : "?";
    return new DatabaseUrl(jdbcUrl + separator + "currentSchema=" + schema, user, password);
  }

  @Override
  public String toString() {
    return "DatabaseUrl["
        + jdbcUrl.replaceAll("(?i)password=[^&]*", "password=***")
        + ", user="
        + user
        + "]";
  }
}
