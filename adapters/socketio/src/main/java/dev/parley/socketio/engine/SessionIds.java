package dev.parley.socketio.engine;

import java.security.SecureRandom;
import java.util.Base64;

/** Session ids like Node's base64id: 15 random bytes, 20 characters of URL-safe base64. */
final class SessionIds {
  private static final SecureRandom RANDOM = new SecureRandom();

  private SessionIds() {}

  static String next() {
    byte[] bytes = new byte[15];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
