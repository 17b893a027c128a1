package dev.parley.socketio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What one connection receives, in order: the decoder either decodes or throws its own parse
 * exception, never anything else. The fuzz input is a sequence of messages separated by the byte
 * 0xFF (never part of UTF-8): a message starting with 0xFE is a binary message (the rest of its
 * bytes), any other is a text message (as UTF-8). Seeds are in {@code
 * SocketIoDecoderFuzzTestInputs/messages/}.
 */
class SocketIoDecoderFuzzTest {
  private static final byte SEPARATOR = (byte) 0xFF;
  private static final byte BINARY = (byte) 0xFE;

  @FuzzTest(maxDuration = "2s")
  void messages(byte[] input) {
    SocketIoDecoder decoder = new SocketIoDecoder();
    int start = 0;
    while (start <= input.length) {
      int end = start;
      while (end < input.length && input[end] != SEPARATOR) {
        end++;
      }
      byte[] message = Arrays.copyOfRange(input, start, end);
      start = end + 1;
      try {
        Optional<SocketIoPacket> packet =
            message.length > 0 && message[0] == BINARY
                ? decoder.add(Arrays.copyOfRange(message, 1, message.length))
                : decoder.add(new String(message, StandardCharsets.UTF_8));
        assertThat(packet.isPresent()).isNotEqualTo(decoder.isReconstructing());
      } catch (SocketIoParseException refused) {
        return;
      }
    }
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
}
