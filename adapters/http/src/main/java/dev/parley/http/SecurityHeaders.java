package dev.parley.http;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRouting;

/**
 * The headers every response of the server carries, so that a browser keeps the page to what it
 * needs. The page (web/) loads its own script module and style sheet, draws its chart as inline
 * SVG, and talks to {@code /api} and {@code /socket.io/} on its own origin (fetch, long-polling and
 * WebSocket): so everything is {@code 'self'}, nothing inline, no plugins, and no framing ({@code
 * frame-ancestors 'none'}, with {@code X-Frame-Options: DENY} for browsers that predate it).
 */
public final class SecurityHeaders {
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  private static final HeaderName CSP = HeaderNames.create("Content-Security-Policy");
  private static final HeaderName NOSNIFF = HeaderNames.create("X-Content-Type-Options");
  private static final HeaderName REFERRER = HeaderNames.create("Referrer-Policy");
  private static final HeaderName FRAME_OPTIONS = HeaderNames.create("X-Frame-Options");

  private SecurityHeaders() {}

  /** Adds the headers to every response of {@code routing}, before any handler runs. */
  public static void register(HttpRouting.Builder routing) {
    routing.addFilter(
        (chain, req, res) -> {
          res.header(CSP, CONTENT_SECURITY_POLICY);
          res.header(NOSNIFF, "nosniff");
          res.header(REFERRER, "no-referrer");
          res.header(FRAME_OPTIONS, "DENY");
          chain.proceed();
        });
  }
}
