package dev.parley.app;

import dev.parley.http.HeadRequests;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.staticcontent.StaticContentFeature;
import java.nio.charset.StandardCharsets;

/**
 * The browser client: the page built from {@code web/} (on the classpath under {@code web/}) served
 * at {@code /} (its source map, when the build made one, only in dev mode), and {@code GET
 * /api/config}, which tells the page whether to offer the demo login.
 */
final class WebClient {
  private WebClient() {}

  /** Registers {@code GET /api/config} → {@code {"dev_mode": true|false}}, before the REST API. */
  static void registerConfig(HttpRouting.Builder routing, boolean devMode) {
    Handler config =
        (req, res) -> {
          res.header(HeaderNames.CONTENT_TYPE, "application/json");
          res.header(HeaderNames.CACHE_CONTROL, "no-store");
          HeadRequests.send(
              req, res, ("{\"dev_mode\":" + devMode + "}").getBytes(StandardCharsets.UTF_8));
        };
    routing.get("/api/config", config).head("/api/config", config);
    if (!devMode) {
      // a source map shows the client's source: never outside dev mode, whatever the build left
      routing.addFilter(
          (chain, req, res) -> {
            if (req.path().path().endsWith(".map")) {
              res.status(Status.NOT_FOUND_404).send();
            } else {
              chain.proceed();
            }
          });
    }
  }

  static StaticContentFeature page() {
    return StaticContentFeature.builder()
        .addClasspath(cp -> cp.location("web").context("/").welcome("index.html"))
        .build();
  }
}
