package dev.parley.redis;

import java.security.SecureRandom;

/** Random ids as Node's {@code uid2(n)}: letters, digits, '-' and '_' (never '#'). */
final class Uid {
  private static final char[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private Uid() {}

  static String generate(int length) {
    char[] id = new char[length];
    for (int i = 0; i < length; i++) {
      id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(id);
  }
}
