package dev.parley.socketio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * One WebSocket text frame as the server reads it (strict UTF-8, then one packet): it decodes or
 * throws {@link EngineParseException}, never anything else, and what decodes re-encodes to text
 * that decodes to the same packet. Seeds are in {@code EngineCodecFuzzTestInputs/webSocketFrame/};
 * random batches of packets also survive a polling payload round trip.
 */
class EngineCodecFuzzTest {
  private static final String ALPHABET = "0123456bx4\u001e{}\"=+/AQIDBAprobe☃\uD83D\uDE00\uD800 \n";

  @FuzzTest(maxDuration = "2s")
  void webSocketFrame(byte[] frame) {
    EnginePacket packet;
    try {
      packet = EngineCodec.decodePacket(EngineCodec.decodeUtf8(frame));
    } catch (EngineParseException refused) {
      return;
    }
    try {
      assertThat(EngineCodec.decodePacket(EngineCodec.encodePacket(packet))).isEqualTo(packet);
    } catch (EngineParseException e) {
      throw new AssertionError("the encoder wrote a packet its decoder refuses: " + packet, e);
    }
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
