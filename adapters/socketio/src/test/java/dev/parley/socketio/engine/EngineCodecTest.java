package dev.parley.socketio.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EngineCodecTest {

  @Test
  void decodesEveryTextPacketType() throws EngineParseException {
    assertThat(EngineCodec.decodePacket("0{\"sid\":\"x\"}"))
        .isEqualTo(new EnginePacket.Open("{\"sid\":\"x\"}"));
    assertThat(EngineCodec.decodePacket("1")).isEqualTo(new EnginePacket.Close());
    assertThat(EngineCodec.decodePacket("2")).isEqualTo(new EnginePacket.Ping(""));
    assertThat(EngineCodec.decodePacket("2probe")).isEqualTo(new EnginePacket.Ping("probe"));
    assertThat(EngineCodec.decodePacket("3")).isEqualTo(new EnginePacket.Pong(""));
    assertThat(EngineCodec.decodePacket("3probe")).isEqualTo(new EnginePacket.Pong("probe"));
    assertThat(EngineCodec.decodePacket("4hello")).isEqualTo(new EnginePacket.TextMessage("hello"));
    assertThat(EngineCodec.decodePacket("4")).isEqualTo(new EnginePacket.TextMessage(""));
    assertThat(EngineCodec.decodePacket("5")).isEqualTo(new EnginePacket.Upgrade());
    assertThat(EngineCodec.decodePacket("6")).isEqualTo(new EnginePacket.Noop());
  }

  @Test
  void decodesBase64BinaryMessages() throws EngineParseException {
    assertThat(EngineCodec.decodePacket("bAQIDBA=="))
        .isEqualTo(new EnginePacket.BinaryMessage(new byte[] {1, 2, 3, 4}));
    assertThat(EngineCodec.decodePacket("b"))
        .isEqualTo(new EnginePacket.BinaryMessage(new byte[0]));
  }

  @Test
  void encodesEveryPacketType() {
    assertThat(EngineCodec.encodePacket(new EnginePacket.Open("{}"))).isEqualTo("0{}");
    assertThat(EngineCodec.encodePacket(new EnginePacket.Close())).isEqualTo("1");
    assertThat(EngineCodec.encodePacket(new EnginePacket.Ping(""))).isEqualTo("2");
    assertThat(EngineCodec.encodePacket(new EnginePacket.Pong("probe"))).isEqualTo("3probe");
    assertThat(EngineCodec.encodePacket(new EnginePacket.TextMessage("héllo ☃")))
        .isEqualTo("4héllo ☃");
    assertThat(EngineCodec.encodePacket(new EnginePacket.BinaryMessage(new byte[] {1, 2, 3, 4})))
        .isEqualTo("bAQIDBA==");
    assertThat(EngineCodec.encodePacket(new EnginePacket.Upgrade())).isEqualTo("5");
    assertThat(EngineCodec.encodePacket(new EnginePacket.Noop())).isEqualTo("6");
  }

  @Test
  void encodesAndDecodesBatches() throws EngineParseException {
    List<EnginePacket> packets =
        List.of(
            new EnginePacket.TextMessage("hello"),
            new EnginePacket.BinaryMessage(new byte[] {1, 2, 3, 4}),
            new EnginePacket.Ping(""),
            new EnginePacket.TextMessage(""));

    String payload = EngineCodec.encodePayload(packets);

    assertThat(payload).isEqualTo("4hello\u001ebAQIDBA==\u001e2\u001e4");
    assertThat(EngineCodec.decodePayload(payload)).isEqualTo(packets);
    assertThat(EngineCodec.decodePayload("4test1\u001e4test2\u001e4test3"))
        .containsExactly(
            new EnginePacket.TextMessage("test1"),
            new EnginePacket.TextMessage("test2"),
            new EnginePacket.TextMessage("test3"));
  }

  @Test
  void aSinglePacketIsAPayloadOfOne() throws EngineParseException {
    assertThat(EngineCodec.decodePayload("4hello"))
        .containsExactly(new EnginePacket.TextMessage("hello"));
    assertThat(EngineCodec.encodePayload(List.of(new EnginePacket.Noop()))).isEqualTo("6");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "7", "9x", "x4", "\u001e", "bnot base64!", "b====", "bA"})
  void rejectsMalformedPackets(String input) {
    assertThatThrownBy(() -> EngineCodec.decodePacket(input))
        .isInstanceOf(EngineParseException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "4a\u001e", "\u001e4a", "4a\u001e\u001e4b", "4a\u001eabc", "4ok\u001eb%"})
  void rejectsMalformedPayloads(String input) {
    assertThatThrownBy(() -> EngineCodec.decodePayload(input))
        .isInstanceOf(EngineParseException.class);
  }

  @Test
  void decodesStrictUtf8() throws EngineParseException {
    assertThat(EngineCodec.decodeUtf8("a☃b".getBytes(StandardCharsets.UTF_8))).isEqualTo("a☃b");
    byte[] snowman = "☃".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> EngineCodec.decodeUtf8(new byte[] {'a', snowman[0], snowman[1]}))
        .isInstanceOf(EngineParseException.class)
        .hasMessage("invalid UTF-8");
  }

  @Test
  void messagesMapToMessagePackets() {
    assertThat(EnginePacket.of(new EngineMessage.Text("x")))
        .isEqualTo(new EnginePacket.TextMessage("x"));
    assertThat(EnginePacket.of(new EngineMessage.Binary(new byte[] {7})))
        .isEqualTo(new EnginePacket.BinaryMessage(new byte[] {7}));
  }
}
