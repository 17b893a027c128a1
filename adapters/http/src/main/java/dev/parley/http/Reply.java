package dev.parley.http;

import java.util.Map;

/** What an endpoint answers: a status, a JSON body (or null for none) and extra headers. */
record Reply(int status, Object body, Map<String, String> headers) {
  static Reply ok(Object body) {
    return new Reply(200, body, Map.of());
  }

  static Reply created(Object body) {
    return new Reply(201, body, Map.of());
  }
}
