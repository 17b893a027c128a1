package dev.parley.socketio.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Feeds every decoder random and mutated valid inputs: each must either decode or throw its own
 * {@link EngineParseException}, never anything else, and never hang.
 */
class EngineCodecFuzzTest {

  private static final int CASES = 40_000;
  private static final String ALPHABET = "0123456bx4\u001e{}\"=+/AQIDBAprobe☃\uD83D\uDE00\uD800 \n";
  private static final List<String> VALID =
      List.of(
          "0{\"sid\":\"abc\"}",
          "1",
          "2",
          "2probe",
          "3probe",
          "4hello",
          "5",
          "6",
          "bAQIDBA==",
          "4test1\u001e4test2\u001e4test3",
          "4hello\u001ebAQIDBA==");

  @Test
  void decodersOnlyEverThrowTheirOwnParseError() {
    SplittableRandom random = new SplittableRandom(20261126L);
    assertThatCode(
            () ->
                org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    Duration.ofSeconds(30),
                    () -> {
                      int decoded = 0;
                      for (int i = 0; i < CASES; i++) {
                        String input = i % 2 == 0 ? randomText(random) : mutate(random);
                        decoded += tryDecode(input);
                      }
                      // Mutations of valid inputs must sometimes stay valid, or the fuzzer tests
                      // nothing but the error path.
                      assertThat(decoded).isGreaterThan(CASES / 20);
                    }))
        .doesNotThrowAnyException();
  }

  @Test
  void roundTripsRandomPacketBatches() throws EngineParseException {
    SplittableRandom random = new SplittableRandom(42L);
    for (int i = 0; i < 5_000; i++) {
      List<EnginePacket> packets = new ArrayList<>();
      int count = 1 + random.nextInt(5);
      for (int p = 0; p < count; p++) {
        packets.add(randomPacket(random));
      }
      assertThat(EngineCodec.decodePayload(EngineCodec.encodePayload(packets))).isEqualTo(packets);
    }
  }

  private static int tryDecode(String input) {
    int decoded = 0;
    try {
      EngineCodec.decodePacket(input);
      decoded++;
    } catch (EngineParseException expected) {
      // malformed input is allowed to be refused
    }
    try {
      EngineCodec.decodePayload(input);
      decoded++;
    } catch (EngineParseException expected) {
      // as above
    }
    try {
      EngineCodec.decodeUtf8(input.getBytes(StandardCharsets.UTF_16LE));
    } catch (EngineParseException expected) {
      // as above
    }
    return decoded;
  }

  private static String randomText(SplittableRandom random) {
    int length = random.nextInt(24);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(
          random.nextInt(4) == 0
              ? (char) random.nextInt(0x10000)
              : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }

  private static String mutate(SplittableRandom random) {
    StringBuilder text = new StringBuilder(VALID.get(random.nextInt(VALID.size())));
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations; m++) {
      int at = text.isEmpty() ? 0 : random.nextInt(text.length());
      char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
      switch (random.nextInt(3)) {
        case 0 -> text.insert(at, c);
        case 1 -> {
          if (!text.isEmpty()) {
            text.deleteCharAt(at);
          }
        }
        default -> {
          if (!text.isEmpty()) {
            text.setCharAt(at, c);
          }
        }
      }
    }
    return text.toString();
  }

  private static EnginePacket randomPacket(SplittableRandom random) {
    String text = randomText(random).replace("\u001e", "");
    return switch (random.nextInt(8)) {
      case 0 -> new EnginePacket.Open(text);
      case 1 -> new EnginePacket.Close();
      case 2 -> new EnginePacket.Ping(text);
      case 3 -> new EnginePacket.Pong(text);
      case 4 -> new EnginePacket.TextMessage(text);
      case 5 -> new EnginePacket.Upgrade();
      case 6 -> new EnginePacket.Noop();
      default -> {
        byte[] bytes = new byte[random.nextInt(16)];
        random.nextBytes(bytes);
        yield new EnginePacket.BinaryMessage(bytes);
      }
    };
  }
}
