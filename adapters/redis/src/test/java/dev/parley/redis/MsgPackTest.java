package dev.parley.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The msgpack wire encoding against frames captured from real Node nodes (notepack.io). */
class MsgPackTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** protocol-reference §5.1: a broadcast of ("hello", 1, "two", {three: 3}) by node ASCaOg. */
  private static final String CAPTURED_BROADCAST =
      "93 a6 415343614f67 83 a4 74797065 02 a4 64617461 94 a5 68656c6c6f 01 a3 74776f 81 a5"
          + " 7468726565 03 a3 6e7370 a1 2f 83 a5 726f6f6d73 90 a6 657863657074 90 a5 666c616773"
          + " 80";

  private static byte[] hex(String spaced) {
    return HexFormat.of().parseHex(spaced.replace(" ", ""));
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  @Test
  void encodesABroadcastByteForByteAsNode() throws Exception {
    JsonNode frame =
        JSON.readTree(
            "[\"ASCaOg\",{\"type\":2,\"data\":[\"hello\",1,\"two\",{\"three\":3}],\"nsp\":\"/\"},"
                + "{\"rooms\":[],\"except\":[],\"flags\":{}}]");

    assertThat(hex(MsgPack.encode(frame))).isEqualTo(hex(hex(CAPTURED_BROADCAST)));
  }

  @Test
  void decodesTheCapturedBroadcast() throws Exception {
    IncomingBroadcast broadcast = IncomingBroadcast.parse(MsgPack.decode(hex(CAPTURED_BROADCAST)));

    assertThat(broadcast.uid()).isEqualTo("ASCaOg");
    assertThat(broadcast.namespace()).isEqualTo("/");
    assertThat(broadcast.data().toString()).isEqualTo("[\"hello\",1,\"two\",{\"three\":3}]");
    assertThat(broadcast.localOptions().rooms()).isEmpty();
    assertThat(broadcast.localOptions().flags().local()).isTrue();
  }

  @Test
  void integersTakeTheirSmallestFormAndOtherNumbersFloat64() {
    assertThat(hex(MsgPack.encode(NODES.numberNode(1)))).isEqualTo("01");
    assertThat(hex(MsgPack.encode(NODES.numberNode(200)))).isEqualTo("ccc8");
    assertThat(hex(MsgPack.encode(NODES.numberNode(70000)))).isEqualTo("ce00011170");
    assertThat(hex(MsgPack.encode(NODES.numberNode(-1)))).isEqualTo("ff");
    assertThat(hex(MsgPack.encode(NODES.numberNode(-200)))).isEqualTo("d1ff38");
    assertThat(hex(MsgPack.encode(NODES.numberNode(2.0)))).as("a JS number 2").isEqualTo("02");
    assertThat(hex(MsgPack.encode(NODES.numberNode(1.5)))).isEqualTo("cb3ff8000000000000");
    assertThat(hex(MsgPack.encode(NODES.numberNode(1.5f)))).isEqualTo("cb3ff8000000000000");
  }

  @Test
  void bytesAreBinAndComeBackAsBinary() throws Exception {
    byte[] encoded = MsgPack.encode(NODES.binaryNode(new byte[] {1, 2, 3}));

    assertThat(hex(encoded)).isEqualTo("c403010203");
    assertThat(MsgPack.decode(encoded).binaryValue()).containsExactly(1, 2, 3);
  }

  @Test
  void readsWhatNotepackWritesBeyondJson() throws Exception {
    assertThat(MsgPack.decode(hex("d6ff00000000")).asText()).isEqualTo("1970-01-01T00:00:00.000Z");
    assertThat(MsgPack.decode(hex("92 d40000 01")).toString()).isEqualTo("[null,1]");
    assertThat(MsgPack.decode(hex("82 a161 d40000 a162 02")).toString()).isEqualTo("{\"b\":2}");
    assertThat(MsgPack.decode(hex("cf ffffffffffffffff")).isDouble()).isTrue();
    assertThat(MsgPack.decode(hex("d5 05 0102")).toString()).isEqualTo("[5,\"AQI=\"]");
  }

  @Test
  void refusesTruncatedLyingAndTrailingFrames() {
    assertThatThrownBy(() -> MsgPack.decode(new byte[0]))
        .isInstanceOf(MalformedFrameException.class);
    assertThatThrownBy(() -> MsgPack.decode(hex("93 a6 4153")))
        .isInstanceOf(MalformedFrameException.class);
    assertThatThrownBy(() -> MsgPack.decode(hex("c6 ffffffff 00")))
        .isInstanceOf(MalformedFrameException.class);
    assertThatThrownBy(() -> MsgPack.decode(hex("dd 7fffffff")))
        .isInstanceOf(MalformedFrameException.class);
    assertThatThrownBy(() -> MsgPack.decode(hex("01 02")))
        .isInstanceOf(MalformedFrameException.class);
  }
}
