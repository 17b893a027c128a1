package dev.parley.socketio;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a socket connected with, as Node's {@code socket.handshake}.
 *
 * @param headers request headers of the Engine.IO handshake, names in lower case
 * @param query query parameters of that request
 * @param address the client's IP address
 * @param url the request path and query
 * @param secure whether the connection is TLS
 * @param xdomain whether the request carried an Origin header
 * @param time when the socket was created
 * @param issued when the Engine.IO session was opened
 * @param auth the CONNECT payload as received ({@code {}} when there was none)
 */
public record Handshake(
    Map<String, List<String>> headers,
    Map<String, String> query,
    String address,
    String url,
    boolean secure,
    boolean xdomain,
    Instant time,
    Instant issued,
    ObjectNode auth) {

  /** The first value of a header, by lower-case name. */
  public java.util.Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(values.get(0));
  }
}
