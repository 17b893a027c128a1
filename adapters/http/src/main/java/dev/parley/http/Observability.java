package dev.parley.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRouting;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /observe/health}: 200 {@code {"status":"UP","checks":{...}}} when every check passes,
 * 200 with {@code DEGRADED} when only checks the node can serve without fail, else 503 with {@code
 * DOWN}. {@code GET /observe/metrics}: the Prometheus text exposition.
 */
public final class Observability {
  private static final String UP = "UP";
  private static final String DEGRADED = "DEGRADED";
  private static final String DOWN = "DOWN";

  private final List<HealthCheck> checks;
  private final HttpMetrics metrics;

  public Observability(List<HealthCheck> checks, HttpMetrics metrics) {
    this.checks = new ArrayList<>(checks);
    this.metrics = metrics;
  }

  public void register(HttpRouting.Builder routing) {
    Handler health =
        (req, res) -> {
          Map<String, String> results = new LinkedHashMap<>();
          String status = UP;
          for (HealthCheck check : checks) {
            boolean healthy;
            try {
              healthy = check.healthy().getAsBoolean();
            } catch (RuntimeException e) {
              healthy = false;
            }
            results.put(check.name(), healthy ? UP : DOWN);
            if (!healthy) {
              status = worse(status, check.impact());
            }
          }
          res.status(status.equals(DOWN) ? Status.SERVICE_UNAVAILABLE_503 : Status.OK_200);
          res.header(HeaderNames.CONTENT_TYPE, "application/json");
          res.header(HeaderNames.CACHE_CONTROL, "no-store");
          HeadRequests.send(req, res, Json.write(new Health(status, results)));
        };
    Handler scrape =
        (req, res) -> {
          res.header(HeaderNames.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");
          HeadRequests.send(req, res, metrics.scrape().getBytes(StandardCharsets.UTF_8));
        };
    routing.get("/observe/health", health).head("/observe/health", health);
    routing.get("/observe/metrics", scrape).head("/observe/metrics", scrape);
  }

  private static String worse(String status, HealthCheck.Impact failed) {
    return status.equals(DOWN) || failed == HealthCheck.Impact.DOWN ? DOWN : DEGRADED;
  }

  record Health(String status, Map<String, String> checks) {}
}
