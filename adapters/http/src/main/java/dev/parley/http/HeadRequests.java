package dev.parley.http;

import io.helidon.http.DirectHandler;
import io.helidon.http.DirectHandler.EventType;
import io.helidon.http.DirectHandler.TransportRequest;
import io.helidon.http.DirectHandler.TransportResponse;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * HEAD answered as RFC 9110 §9.3.2 says: the status and headers a GET would get, {@code
 * Content-Length} the length of the body a GET would carry, and no body. Helidon 4.5 leaves this to
 * the handlers (only its static content does it), so every handler of this server sends through
 * {@link #send}, and the server's own answers (no route, a bad request) go through {@link
 * #directHandlers}.
 */
public final class HeadRequests {
  private HeadRequests() {}

  public static boolean isHead(ServerRequest req) {
    return Method.HEAD.equals(req.prologue().method());
  }

  /** Sends {@code body}, or for a HEAD request only its length. */
  public static void send(ServerRequest req, ServerResponse res, byte[] body) {
    if (isHead(req)) {
      res.header(HeaderNames.CONTENT_LENGTH, Integer.toString(body.length));
      res.send();
    } else {
      res.send(body);
    }
  }

  /** Helidon's default answers to requests that bypass routing, without a body for HEAD. */
  public static DirectHandlers directHandlers() {
    DirectHandler fallback = DirectHandler.defaultHandler();
    DirectHandler headSafe =
        new DirectHandler() {
          @Override
          public TransportResponse handle(
              TransportRequest request,
              EventType eventType,
              Status status,
              ServerResponseHeaders headers,
              Throwable thrown,
              System.Logger logger) {
            return withoutBody(
                request, fallback.handle(request, eventType, status, headers, thrown, logger));
          }

          @Override
          public TransportResponse handle(
              TransportRequest request,
              EventType eventType,
              Status status,
              ServerResponseHeaders headers,
              String message) {
            return withoutBody(
                request, fallback.handle(request, eventType, status, headers, message));
          }
        };
    DirectHandlers.Builder handlers = DirectHandlers.builder();
    for (EventType type : EventType.values()) {
      handlers.addHandler(type, headSafe);
    }
    return handlers.build();
  }

  private static TransportResponse withoutBody(TransportRequest request, TransportResponse answer) {
    if (!"HEAD".equalsIgnoreCase(request.method()) || answer.entity().isEmpty()) {
      return answer;
    }
    return TransportResponse.builder()
        .status(answer.status())
        .headers(answer.headers())
        .header(HeaderNames.CONTENT_LENGTH, Integer.toString(answer.entity().get().length))
        .keepAlive(answer.keepAlive())
        .build();
  }
}
