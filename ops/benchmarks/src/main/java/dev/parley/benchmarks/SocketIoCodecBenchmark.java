package dev.parley.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.parley.socketio.EncodedPacket;
import dev.parley.socketio.Json;
import dev.parley.socketio.SocketIoDecoder;
import dev.parley.socketio.SocketIoEncoder;
import dev.parley.socketio.SocketIoPacket;
import dev.parley.socketio.SocketIoParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Encode and decode of typical chat event packets, with and without a binary attachment. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SocketIoCodecBenchmark {
  private final SocketIoEncoder encoder = new SocketIoEncoder();
  private final SocketIoDecoder decoder = new SocketIoDecoder();
  private SocketIoPacket textEvent;
  private SocketIoPacket binaryEvent;
  private String encodedText;
  private EncodedPacket encodedBinary;

  @Setup
  public void setUp() {
    ArrayNode message =
        Json.eventData(
            "message-received",
            List.of(
                Map.of(
                    "negotiation_id", "6f1c2a7e-3b9d-4e15-9a62-0d7f5b8c1e44",
                    "message_id", "a3e0c1d2-7b6f-4f4e-8d2a-5c9b1e7f0a13",
                    "sender_type", "user",
                    "content", "I could accept 85k if we add three remote days a week.",
                    "timestamp", "2026-11-26T14:27:27.123Z")));
    textEvent = SocketIoPacket.event("/", message);
    byte[] attachment = new byte[1024];
    for (int i = 0; i < attachment.length; i++) {
      attachment[i] = (byte) i;
    }
    binaryEvent =
        SocketIoPacket.event(
            "/", 12, Json.eventData("upload", List.of(Map.of("name", "offer.pdf"), attachment)));
    encodedText = encoder.encode(textEvent).text();
    encodedBinary = encoder.encode(binaryEvent);
  }

  @Benchmark
  public EncodedPacket encodeTextEvent() {
    return encoder.encode(textEvent);
  }

  @Benchmark
  public EncodedPacket encodeBinaryEvent() {
    return encoder.encode(binaryEvent);
  }

  @Benchmark
  public Optional<SocketIoPacket> decodeTextEvent() throws SocketIoParseException {
    return decoder.add(encodedText);
  }

  @Benchmark
  public Optional<SocketIoPacket> decodeBinaryEvent() throws SocketIoParseException {
    decoder.add(encodedBinary.text());
    return decoder.add(encodedBinary.attachments().get(0));
  }
}
