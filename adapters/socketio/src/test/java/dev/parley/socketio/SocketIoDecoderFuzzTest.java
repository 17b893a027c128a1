package dev.parley.socketio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated input: the decoder either decodes or throws its own parse exception, never
 * anything else, and never hangs. The seed is fixed so a failure can be replayed.
 */
class SocketIoDecoderFuzzTest {
  private static final List<String> VALID =
      List.of(
          "0",
          "0{\"token\":\"123\"}",
          "0/custom,{\"token\":\"abc\"}",
          "0/random",
          "1",
          "1/custom,",
          "2[\"message\",1,\"2\",{\"3\":[true]}]",
          "2/admin,13[\"message\",{\"a\":[1,2,{\"b\":null}]}]",
          "2456[\"message-with-ack\",1,\"2\",{\"3\":[false]}]",
          "3456[1,\"2\"]",
          "4{\"message\":\"Invalid namespace\"}",
          "52-[\"message\",{\"_placeholder\":true,\"num\":0},{\"_placeholder\":true,\"num\":1}]",
          "52-789[\"message-with-ack\",{\"_placeholder\":true,\"num\":0},{\"_placeholder\":true,\"num\":1}]",
          "61-/chat,12[{\"_placeholder\":true,\"num\":0}]");
  private static final String ALPHABET =
      "0123456789-/,[]{}\":_ .eEtrufalsn\\u\u00e9\u2713\ud83d\ude00";
  private static final int CASES = 60_000;

  @Test
  void decoderOnlyEverThrowsItsOwnParseException() {
    Random random = new Random(20_261_126L);
    int[] outcomes = new int[2];
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          for (int n = 0; n < CASES; n++) {
            SocketIoDecoder decoder = new SocketIoDecoder();
            int messages = 1 + random.nextInt(4);
            for (int m = 0; m < messages; m++) {
              try {
                if (random.nextInt(5) == 0) {
                  decoder.add(randomBytes(random));
                } else {
                  decoder.add(n % 2 == 0 ? mutate(random) : randomText(random));
                }
                outcomes[0]++;
              } catch (SocketIoParseException expected) {
                outcomes[1]++;
                break;
              }
            }
          }
        });
    assertThat(outcomes[0]).as("some inputs decode").isPositive();
    assertThat(outcomes[1]).as("some inputs are refused").isPositive();
  }

  @Test
  void deeplyNestedJsonIsRefusedNotOverflowed() {
    String deep = "2[\"e\"," + "[".repeat(100_000) + "]".repeat(100_000) + "]";
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          try {
            new SocketIoDecoder().add(deep);
          } catch (SocketIoParseException expected) {
            return;
          }
          throw new AssertionError("100000 levels of nesting were accepted");
        });
  }

  private static String mutate(Random random) {
    StringBuilder text = new StringBuilder(VALID.get(random.nextInt(VALID.size())));
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && !text.isEmpty(); e++) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(4)) {
        case 0 -> text.deleteCharAt(at);
        case 1 -> text.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        case 2 -> text.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        default -> text.setLength(at);
      }
    }
    return text.toString();
  }

  private static String randomText(Random random) {
    int length = random.nextInt(40);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(8)];
    random.nextBytes(bytes);
    return bytes;
  }
}
