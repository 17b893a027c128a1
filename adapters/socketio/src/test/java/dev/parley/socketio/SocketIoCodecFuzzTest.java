package dev.parley.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every event the encoder writes (any namespace, any event name a client may use, numbers, texts,
 * binary attachments, with or without an ack id) decodes to itself, attachments arriving one by one
 * after the head. The fuzzer chooses the packet; seeds are in {@code
 * SocketIoCodecFuzzTestInputs/encodedEventsDecodeToThemselves/}.
 */
class SocketIoCodecFuzzTest {
  /** The names the decoder refuses as event names, as the reference parser does. */
  private static final Set<String> RESERVED =
      Set.of(
          "connect",
          "connect_error",
          "disconnect",
          "disconnecting",
          "newListener",
          "removeListener");

  private final SocketIoEncoder encoder = new SocketIoEncoder();

  @FuzzTest(maxDuration = "2s")
  void encodedEventsDecodeToThemselves(FuzzedDataProvider data) throws SocketIoParseException {
    String namespace =
        data.consumeBoolean() ? "/" : "/" + alphanumeric(data.consumeAsciiString(10));
    String event = data.consumeString(12);
    if (event.isEmpty() || RESERVED.contains(event)) {
      return;
    }
    List<Integer> numbers = new ArrayList<>();
    for (int n = data.consumeInt(0, 5); n > 0; n--) {
      numbers.add(data.consumeInt(-1000, 1000));
    }
    List<String> texts = new ArrayList<>();
    for (int n = data.consumeInt(0, 3); n > 0; n--) {
      texts.add(data.consumeString(20));
    }
    List<byte[]> blobs = new ArrayList<>();
    for (int n = data.consumeInt(0, 3); n > 0; n--) {
      blobs.add(data.consumeBytes(16));
    }
    Optional<Long> ackId =
        data.consumeBoolean() ? Optional.of(data.consumeLong(0, 1L << 40)) : Optional.empty();

    ArrayNode args = Json.eventData(event, List.of(numbers, texts));
    blobs.forEach(blob -> args.add(Json.object().set("blob", Json.toNode(blob))));
    SocketIoPacket packet =
        ackId.isPresent()
            ? SocketIoPacket.event(namespace, ackId.get(), args)
            : SocketIoPacket.event(namespace, args);

    EncodedPacket encoded = encoder.encode(packet);
    SocketIoDecoder decoder = new SocketIoDecoder();
    Optional<SocketIoPacket> decoded = decoder.add(encoded.text());
    for (byte[] attachment : encoded.attachments()) {
      assertThat(decoded).isEmpty();
      decoded = decoder.add(attachment);
    }
    assertThat(decoded).contains(packet);
  }

  private static String alphanumeric(String ascii) {
    String kept = ascii.replaceAll("[^A-Za-z0-9]", "");
    return kept.isEmpty() ? "chat" : kept;
  }
}
