package dev.parley.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns endpoint functions into Helidon handlers: JSON replies, {@link ApiError}s as error bodies,
 * anything unexpected as a logged 500 that reveals nothing, and a metric per request.
 */
final class Endpoints {
  private static final Logger LOG = Logger.getLogger(Endpoints.class.getName());

  private final HttpMetrics metrics;

  Endpoints(HttpMetrics metrics) {
    this.metrics = metrics;
  }

  /** An endpoint: a request in, a reply out; may throw {@link ApiError}. */
  @FunctionalInterface
  interface Endpoint {
    Reply handle(ServerRequest request);
  }

  Handler handler(String route, Endpoint endpoint) {
    return (req, res) -> serve(route, endpoint, req, res);
  }

  /** Answers {@code req} with what {@code endpoint} replies. */
  void serve(String route, Endpoint endpoint, ServerRequest req, ServerResponse res) {
    long start = System.nanoTime();
    Reply reply;
    try {
      reply = endpoint.handle(req);
    } catch (ApiError refused) {
      reply = refused.reply();
    } catch (RuntimeException unexpected) {
      LOG.log(Level.SEVERE, req.prologue().method() + " " + route + " failed", unexpected);
      reply = new ApiError(500, "INTERNAL_ERROR", "Something went wrong on our side").reply();
    }
    send(req, res, reply);
    metrics.observe(
        req.prologue().method().text(), route, reply.status(), System.nanoTime() - start);
  }

  private static void send(ServerRequest req, ServerResponse res, Reply reply) {
    res.status(Status.create(reply.status()));
    reply.headers().forEach((name, value) -> res.header(HeaderNames.create(name), value));
    res.header(HeaderNames.CACHE_CONTROL, "no-store");
    if (reply.body() == null) {
      res.send();
      return;
    }
    res.header(HeaderNames.CONTENT_TYPE, "application/json");
    HeadRequests.send(req, res, Json.write(reply.body()));
  }
}
