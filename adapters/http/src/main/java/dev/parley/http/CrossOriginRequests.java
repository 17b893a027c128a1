package dev.parley.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * The REST API's side of the server's one origin policy (the app composes it; the Socket.IO
 * transports apply the same one): a request from a foreign browser origin is refused with 403
 * {@code ORIGIN_NOT_ALLOWED} before any handler runs, an allowed cross-origin request gets its
 * origin echoed (never {@code *}), and a preflight is answered here. No {@code
 * Access-Control-Allow-Credentials}: the API authenticates with a bearer token, not cookies.
 */
final class CrossOriginRequests {
  private static final String PREFIX = "/api/";
  private static final String ALLOWED_METHODS = "GET, HEAD, POST";
  private static final String ALLOWED_HEADERS = "Authorization, Content-Type";
  private static final String PREFLIGHT_CACHE_SECONDS = "600";

  private final BiPredicate<String, String> allowedOrigin;
  private final Endpoints endpoints;

  /**
   * @param allowedOrigin whether a request with this {@code Origin} (non-null) and {@code Host}
   *     header may proceed
   */
  CrossOriginRequests(BiPredicate<String, String> allowedOrigin, Endpoints endpoints) {
    this.allowedOrigin = allowedOrigin;
    this.endpoints = endpoints;
  }

  private static Reply refusal(ServerRequest req) {
    throw new ApiError(
        403,
        "ORIGIN_NOT_ALLOWED",
        "Requests from this origin are not allowed (see ALLOWED_ORIGINS)");
  }

  private static Reply preflight(ServerRequest req) {
    return new Reply(
        204,
        null,
        Map.of(
            "Access-Control-Allow-Methods", ALLOWED_METHODS,
            "Access-Control-Allow-Headers", ALLOWED_HEADERS,
            "Access-Control-Max-Age", PREFLIGHT_CACHE_SECONDS));
  }

  void register(HttpRouting.Builder routing) {
    routing.addFilter(
        (chain, req, res) -> {
          String origin = req.headers().first(HeaderNames.ORIGIN).orElse(null);
          if (origin == null || !req.path().path().startsWith(PREFIX)) {
            chain.proceed();
            return;
          }
          res.header(HeaderNames.VARY, "Origin");
          if (!allowedOrigin.test(origin, req.headers().first(HeaderNames.HOST).orElse(null))) {
            endpoints.serve("/api/*", CrossOriginRequests::refusal, req, res);
            return;
          }
          res.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
          if (Method.OPTIONS.equals(req.prologue().method())) {
            endpoints.serve("/api/*", CrossOriginRequests::preflight, req, res);
            return;
          }
          chain.proceed();
        });
  }
}
