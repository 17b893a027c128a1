package dev.parley.http;

import io.helidon.http.HeaderValues;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.HttpRouting;

/**
 * After a request that carries {@code Connection: close}, nothing more is read from its connection
 * (RFC 9112 §9.6). Helidon 4.5 answers such a request with {@code Connection: close} but then skips
 * the body it did not read and goes on reading, so bytes a client put in that body were taken as a
 * second request (HardeningTest shows it). Closing the connection once the answer is out ends that.
 */
public final class ConnectionClose {
  private ConnectionClose() {}

  public static void register(HttpRouting.Builder routing) {
    routing.addFilter(
        (chain, req, res) -> {
          chain.proceed();
          if (req.headers().containsToken(HeaderValues.CONNECTION_CLOSE)) {
            throw new CloseConnectionException("the client asked to close the connection");
          }
        });
  }
}
