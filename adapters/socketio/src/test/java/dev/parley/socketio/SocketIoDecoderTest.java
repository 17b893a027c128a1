package dev.parley.socketio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SocketIoDecoderTest {
  private final SocketIoDecoder decoder = new SocketIoDecoder();

  private SocketIoPacket decode(String text) throws SocketIoParseException {
    return decoder.add(text).orElseThrow();
  }

  @Test
  void connectWithoutAndWithAuth() throws Exception {
    SocketIoPacket bare = decode("0");
    assertThat(bare.type()).isEqualTo(PacketType.CONNECT);
    assertThat(bare.namespace()).isEqualTo("/");
    assertThat(bare.hasData()).isFalse();
    SocketIoPacket withAuth = decode("0/custom,{\"token\":\"abc\"}");
    assertThat(withAuth.namespace()).isEqualTo("/custom");
    assertThat(withAuth.data().toString()).isEqualTo("{\"token\":\"abc\"}");
  }

  @Test
  void namespaceWithoutTrailingCommaRunsToTheEnd() throws Exception {
    SocketIoPacket packet = decode("0/random");
    assertThat(packet.namespace()).isEqualTo("/random");
    assertThat(packet.hasData()).isFalse();
  }

  @Test
  void disconnectHasNoPayload() throws Exception {
    assertThat(decode("1/custom,").type()).isEqualTo(PacketType.DISCONNECT);
    assertThat(decode("1").namespace()).isEqualTo("/");
  }

  @Test
  void eventWithAckIdAndNamespace() throws Exception {
    SocketIoPacket packet = decode("2/admin,456[\"message-with-ack\",1,\"2\",{\"3\":[false]}]");
    assertThat(packet.type()).isEqualTo(PacketType.EVENT);
    assertThat(packet.namespace()).isEqualTo("/admin");
    assertThat(packet.ackId()).isEqualTo(Optional.of(AckId.of(456)));
    assertThat(packet.data().toString())
        .isEqualTo("[\"message-with-ack\",1,\"2\",{\"3\":[false]}]");
  }

  /**
   * The reference decoder reads an ack id with JavaScript's Number(): the id is the run of digits
   * and whitespace after the namespace, whatever its length; the ack carries it back as JavaScript
   * writes that number.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1|1",
        "123456789012345|123456789012345",
        "1234567890123456|1234567890123456",
        "9007199254740993|9007199254740992",
        "1234567890123456789012|1.2345678901234568e+21",
        "' 1'|1",
        "'1 2'|NaN",
        "' '|0",
        "01|1",
        "'\t7'|7"
      })
  void ackIdsAreJavaScriptNumbers(String id, String echoed) throws Exception {
    SocketIoPacket packet = decode("2" + id + "[\"e\"]");

    assertThat(packet.ackId()).isPresent();
    assertThat(packet.ackId().get().wire()).isEqualTo(echoed);
    assertThat(packet.data().get(0).textValue()).isEqualTo("e");
  }

  @Test
  void anIdWithoutPayloadIsWhatTheReferenceDecoderReadsToo() throws Exception {
    assertThat(decode("4 1").ackId().map(AckId::wire)).hasValue("1");
    assertThat(decode("2 12").hasData()).isFalse();
  }

  @Test
  void anAckIdTooLongForADoubleIsInfinity() throws Exception {
    SocketIoPacket packet = decode("2" + "1".repeat(400) + "[\"e\"]");

    assertThat(packet.ackId().map(AckId::wire)).hasValue("Infinity");
    assertThat(packet.ackId().get().asLong()).isEmpty();
  }

  @Test
  void numericEventNamesAreAllowed() throws Exception {
    assertThat(decode("2[1,2]").data().get(0).intValue()).isEqualTo(1);
  }

  @Test
  void ackAndConnectError() throws Exception {
    SocketIoPacket ack = decode("3123[]");
    assertThat(ack.type()).isEqualTo(PacketType.ACK);
    assertThat(ack.ackId()).isEqualTo(Optional.of(AckId.of(123)));
    assertThat(decode("4\"oops\"").data().textValue()).isEqualTo("oops");
    assertThat(decode("4{\"message\":\"m\"}").type()).isEqualTo(PacketType.CONNECT_ERROR);
  }

  @Test
  void binaryEventWaitsForItsAttachmentsAndRestoresThemInPlace() throws Exception {
    assertThat(
            decoder.add(
                "52-[\"message\",{\"_placeholder\":true,\"num\":1},{\"a\":[{\"_placeholder\":true,\"num\":0}]}]"))
        .isEmpty();
    assertThat(decoder.isReconstructing()).isTrue();
    assertThat(decoder.add(new byte[] {1, 2, 3})).isEmpty();
    SocketIoPacket packet = decoder.add(new byte[] {4, 5, 6}).orElseThrow();
    assertThat(packet.type()).isEqualTo(PacketType.EVENT);
    assertThat(packet.data().get(1).binaryValue()).containsExactly(4, 5, 6);
    assertThat(packet.data().get(2).get("a").get(0).binaryValue()).containsExactly(1, 2, 3);
    assertThat(decoder.isReconstructing()).isFalse();
  }

  @Test
  void binaryAckWithNamespaceAndId() throws Exception {
    assertThat(decoder.add("61-/chat,789[{\"_placeholder\":true,\"num\":0}]")).isEmpty();
    SocketIoPacket packet = decoder.add(new byte[] {7}).orElseThrow();
    assertThat(packet.type()).isEqualTo(PacketType.ACK);
    assertThat(packet.namespace()).isEqualTo("/chat");
    assertThat(packet.ackId()).isEqualTo(Optional.of(AckId.of(789)));
    assertThat(packet.data().get(0).binaryValue()).containsExactly(7);
  }

  @Test
  void binaryEventWithZeroAttachmentsIsCompleteAtOnce() throws Exception {
    assertThat(decoder.add("50-[\"e\"]"))
        .map(SocketIoPacket::type)
        .isEqualTo(Optional.of(PacketType.EVENT));
    assertThat(decoder.isReconstructing()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "abc",
        "7",
        "9[]",
        "2{}",
        "2[]",
        "2abc[\"x\"]",
        "2[\"connect\"]",
        "2[\"disconnect\",1]",
        "2[\"newListener\"]",
        "2[null]",
        "2[true]",
        "2[{}]",
        "2\"text\"",
        "3{}",
        "3\"a\"",
        "0[]",
        "0\"auth\"",
        "0null",
        "1{}",
        "1[]",
        "4[]",
        "2[\"a\"]x",
        "2[\"a\"",
        "2[\"a\",NaN]",
        "0{\"a\":1,}",
        "5[\"a\"]",
        "5a-[\"a\"]",
        "511-[\"a\"]",
        "599999999999-[\"a\"]",
        "52x-[\"a\"]",
      })
  void malformedInputIsAParseError(String input) {
    assertThatThrownBy(() -> new SocketIoDecoder().add(input))
        .isInstanceOf(SocketIoParseException.class);
  }

  @Test
  void placeholderPointingPastTheAttachmentsIsAParseError() throws Exception {
    decoder.add("51-[\"a\",{\"_placeholder\":true,\"num\":1}]");
    assertThatThrownBy(() -> decoder.add(new byte[] {1}))
        .isInstanceOf(SocketIoParseException.class)
        .hasMessage("illegal attachments");
  }

  @Test
  void placeholderWithATextIndexIsAParseError() throws Exception {
    decoder.add("51-[\"a\",{\"_placeholder\":true,\"num\":\"0\"}]");
    assertThatThrownBy(() -> decoder.add(new byte[] {1}))
        .isInstanceOf(SocketIoParseException.class)
        .hasMessage("illegal attachments");
  }

  @Test
  void textWhileWaitingForAttachmentsIsAParseError() throws Exception {
    decoder.add("51-[\"a\",{\"_placeholder\":true,\"num\":0}]");
    assertThatThrownBy(() -> decoder.add("2[\"b\"]"))
        .isInstanceOf(SocketIoParseException.class)
        .hasMessageContaining("plaintext");
  }

  @Test
  void binaryWithoutAPendingPacketIsAParseError() {
    assertThatThrownBy(() -> decoder.add(new byte[] {1}))
        .isInstanceOf(SocketIoParseException.class)
        .hasMessageContaining("not reconstructing");
  }

  @Test
  void tenAttachmentsAreAllowedElevenAreNot() throws Exception {
    assertThat(new SocketIoDecoder().add("510-[\"a\"]")).isEmpty();
    assertThatThrownBy(() -> new SocketIoDecoder().add("511-[\"a\"]"))
        .hasMessage("too many attachments");
  }
}
