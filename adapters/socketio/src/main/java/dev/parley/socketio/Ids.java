package dev.parley.socketio;

import java.security.SecureRandom;
import java.util.Base64;

/** Random 20-character ids like Node's base64id: socket ids and private session ids. */
final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Ids() {}

  static String generate() {
    byte[] bytes = new byte[15];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
