package dev.parley.socketio.engine;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/** The HTTP side of Engine.IO: handshakes, long-poll GETs, POSTs and CORS, as the Node server. */
final class PollingHandler {
  private static final String TEXT_PLAIN = "text/plain; charset=UTF-8";
  private static final HeaderName ALLOW_ORIGIN = HeaderNames.create("Access-Control-Allow-Origin");
  private static final HeaderName ALLOW_CREDENTIALS =
      HeaderNames.create("Access-Control-Allow-Credentials");
  private static final HeaderName ALLOW_METHODS =
      HeaderNames.create("Access-Control-Allow-Methods");
  private static final HeaderName ALLOW_HEADERS =
      HeaderNames.create("Access-Control-Allow-Headers");
  private static final HeaderName REQUEST_HEADERS =
      HeaderNames.create("Access-Control-Request-Headers");

  private final EngineServer server;
  private final EngineOptions options;

  PollingHandler(EngineServer server) {
    this.server = server;
    this.options = server.options();
  }

  void handle(ServerRequest req, ServerResponse res) {
    if (!applyCors(req, res)) {
      sendError(req, res, EngineError.FORBIDDEN);
      return;
    }
    Method method = req.prologue().method();
    if (Method.OPTIONS.equals(method)) {
      preflight(req, res);
      return;
    }
    String transport = req.query().first("transport").orElse(null);
    if (transport == null || !options.transports().contains(transport)) {
      sendError(req, res, EngineError.UNKNOWN_TRANSPORT);
      return;
    }
    String sid = req.query().first("sid").orElse(null);
    if (sid == null) {
      handshake(req, res, method, transport);
      return;
    }
    EngineSession session = server.find(sid);
    if (session == null) {
      sendError(req, res, EngineError.UNKNOWN_SID);
    } else if (!EngineOptions.POLLING.equals(transport)) {
      sendError(req, res, EngineError.BAD_REQUEST);
    } else if (Method.GET.equals(method)) {
      poll(req, res, session);
    } else if (Method.POST.equals(method)) {
      post(req, res, session);
    } else {
      sendError(req, res, EngineError.BAD_REQUEST);
    }
  }

  private void handshake(ServerRequest req, ServerResponse res, Method method, String transport) {
    if (!Method.GET.equals(method)) {
      sendError(req, res, EngineError.BAD_HANDSHAKE_METHOD);
      return;
    }
    if (!EngineOptions.POLLING.equals(transport)) {
      // a WebSocket handshake that is not an upgrade request
      sendError(req, res, EngineError.BAD_REQUEST);
      return;
    }
    if (!"4".equals(req.query().first("EIO").orElse(null))) {
      sendError(req, res, EngineError.UNSUPPORTED_PROTOCOL_VERSION);
      return;
    }
    EngineServer.Refusal refusal = server.admit(req.remotePeer().address(), req.headers());
    if (refusal != null) {
      sendRefusal(res, refusal);
      return;
    }
    EngineHandshake handshake =
        EngineServer.handshakeOf(
            req.headers(),
            req.query(),
            req.remotePeer().address(),
            req.prologue().uriPath().rawPath(),
            req.isSecure());
    EngineSession session = server.openSession(handshake, null);
    if (session == null) {
      sendError(req, res, EngineError.SHUTTING_DOWN);
      return;
    }
    res.header(HeaderNames.CACHE_CONTROL, "no-store");
    // the open packet is queued, so this poll returns at once
    writePoll(res, session.poll(() -> true));
  }

  private void poll(ServerRequest req, ServerResponse res, EngineSession session) {
    writePoll(res, session.poll(PollConnectionWatch.of(req)));
  }

  private static void writePoll(ServerResponse res, EngineSession.PollOutcome outcome) {
    switch (outcome) {
      case EngineSession.PollOutcome.Payload payload -> {
        res.header(HeaderNames.CONTENT_TYPE, TEXT_PLAIN);
        res.send(payload.body());
      }
      case EngineSession.PollOutcome.Rejected rejected -> sendError(res, rejected.error());
      case EngineSession.PollOutcome.Aborted aborted -> {
        try {
          res.status(Status.BAD_REQUEST_400).send();
        } catch (RuntimeException e) {
          // the client is gone, as expected
        }
      }
    }
  }

  private void post(ServerRequest req, ServerResponse res, EngineSession session) {
    EngineError refused = session.beginPost();
    if (refused != null) {
      sendError(res, refused);
      return;
    }
    Consumer<ServerResponse> answer;
    try {
      answer = receive(req, session);
    } finally {
      session.endPost();
    }
    // Answered only once the session takes the next POST: the client sends it as soon as it reads
    // this answer, and finding the previous one still open would close the session as an overlap.
    answer.accept(res);
  }

  /** Reads and delivers one POST body; returns how to answer it. */
  private Consumer<ServerResponse> receive(ServerRequest req, EngineSession session) {
    String contentType = req.headers().first(HeaderNames.CONTENT_TYPE).orElse("");
    if (contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/octet-stream")) {
      // binary bodies belong to Engine.IO v3
      session.badPost();
      return res -> sendError(res, EngineError.BAD_REQUEST);
    }
    byte[] body = readAtMost(req, options.maxPayload());
    if (body == null) {
      // As Node: the 413 alone, the session stays. Closing it would answer the pending poll with a
      // close packet, which can reach the client first and hide the 413 ("xhr post error" in the
      // official client, which then gives the session up itself).
      return res -> res.status(Status.REQUEST_ENTITY_TOO_LARGE_413).send();
    }
    List<EnginePacket> packets;
    try {
      packets = EngineCodec.decodePayload(EngineCodec.decodeUtf8(body));
    } catch (EngineParseException e) {
      session.parseError();
      return res -> sendError(res, EngineError.BAD_REQUEST);
    }
    for (EnginePacket packet : packets) {
      session.receive(packet);
    }
    return res -> {
      res.header(HeaderNames.CONTENT_TYPE, "text/html");
      res.send("ok");
    };
  }

  /** Reads the body, or returns null when it is longer than {@code limit} bytes. */
  private static byte[] readAtMost(ServerRequest req, int limit) {
    long declared = req.headers().contentLength().orElse(-1L);
    if (declared > limit) {
      return null;
    }
    try (InputStream in = req.content().inputStream()) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      byte[] chunk = new byte[8192];
      int read;
      while ((read = in.read(chunk)) >= 0) {
        if (body.size() + read > limit) {
          return null;
        }
        body.write(chunk, 0, read);
      }
      return body.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Adds the CORS headers; false when the request's Origin is not allowed. An allowed Origin is
   * echoed, never {@code *}, so that credentials may go with it.
   */
  private boolean applyCors(ServerRequest req, ServerResponse res) {
    String origin = req.headers().first(HeaderNames.ORIGIN).orElse(null);
    if (!options
        .allowedOrigins()
        .allows(origin, req.headers().first(HeaderNames.HOST).orElse(null))) {
      return false;
    }
    if (origin != null) {
      res.header(ALLOW_ORIGIN, origin);
      res.header(ALLOW_CREDENTIALS, "true");
    }
    res.header(HeaderNames.VARY, "Origin");
    return true;
  }

  private static void preflight(ServerRequest req, ServerResponse res) {
    res.header(ALLOW_METHODS, "GET,HEAD,PUT,PATCH,POST,DELETE");
    req.headers().first(REQUEST_HEADERS).ifPresent(headers -> res.header(ALLOW_HEADERS, headers));
    res.status(Status.NO_CONTENT_204).send();
  }

  /** A refused new session: the error, and when to try again if that is known. */
  static void sendRefusal(ServerResponse res, EngineServer.Refusal refusal) {
    if (refusal.retryAfterSeconds() > 0) {
      res.header(HeaderNames.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
    }
    sendError(res, refusal.error());
  }

  private static void sendError(ServerResponse res, EngineError error) {
    res.status(Status.create(error.status()));
    res.header(HeaderNames.CONTENT_TYPE, "application/json");
    res.send(error.json());
  }

  /**
   * As {@link #sendError(ServerResponse, EngineError)}; a HEAD request gets the same status and
   * headers, its {@code Content-Length} that of the body, and no body (RFC 9110 §9.3.2).
   */
  private static void sendError(ServerRequest req, ServerResponse res, EngineError error) {
    if (!Method.HEAD.equals(req.prologue().method())) {
      sendError(res, error);
      return;
    }
    res.status(Status.create(error.status()));
    res.header(HeaderNames.CONTENT_TYPE, "application/json");
    res.header(
        HeaderNames.CONTENT_LENGTH,
        Integer.toString(error.json().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
    res.send();
  }
}
