package dev.parley.socketio.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the request that opened a session carried.
 *
 * @param headers request headers, names in lower case
 * @param query query parameters (first value of each)
 * @param remoteAddress the peer's IP address
 * @param url the request path and query
 * @param secure whether the connection is TLS
 * @param issued when the session was opened
 */
public record EngineHandshake(
    Map<String, List<String>> headers,
    Map<String, String> query,
    String remoteAddress,
    String url,
    boolean secure,
    Instant issued) {

  public EngineHandshake {
    headers = Map.copyOf(headers);
    query = Map.copyOf(query);
  }
}
