package dev.parley.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SocketIoCodecPropertyTest {
  private final SocketIoEncoder encoder = new SocketIoEncoder();

  @Property(tries = 500)
  void everyEncodedEventDecodesToItself(
      @ForAll("namespaces") String namespace,
      @ForAll("eventNames") String event,
      @ForAll @Size(max = 5) List<@IntRange(min = -1000, max = 1000) Integer> numbers,
      @ForAll @Size(max = 3) List<String> texts,
      @ForAll @Size(max = 3) List<byte[]> blobs,
      @ForAll("ackIds") Optional<Long> ackId)
      throws Exception {
    ArrayNode data = Json.eventData(event, List.of(numbers, texts));
    blobs.forEach(blob -> data.add(Json.object().set("blob", Json.toNode(blob))));
    SocketIoPacket packet =
        ackId.isPresent()
            ? SocketIoPacket.event(namespace, ackId.get(), data)
            : SocketIoPacket.event(namespace, data);

    EncodedPacket encoded = encoder.encode(packet);
    SocketIoDecoder decoder = new SocketIoDecoder();
    Optional<SocketIoPacket> decoded = decoder.add(encoded.text());
    for (byte[] attachment : encoded.attachments()) {
      assertThat(decoded).isEmpty();
      decoded = decoder.add(attachment);
    }
    assertThat(decoded).contains(packet);
  }

  @Provide
  Arbitrary<String> namespaces() {
    return Arbitraries.oneOf(
        Arbitraries.just("/"),
        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(10).map(s -> "/" + s));
  }

  @Provide
  Arbitrary<String> eventNames() {
    return Arbitraries.strings().ofMinLength(1).ofMaxLength(12).filter(s -> !s.equals("connect"));
  }

  @Provide
  Arbitrary<Optional<Long>> ackIds() {
    return Arbitraries.longs().between(0, 1L << 40).optional();
  }
}
