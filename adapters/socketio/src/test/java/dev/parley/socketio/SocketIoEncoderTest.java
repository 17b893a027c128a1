package dev.parley.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SocketIoEncoderTest {
  private final SocketIoEncoder encoder = new SocketIoEncoder();

  private static JsonNode json(String text) throws Exception {
    return Json.MAPPER.readTree(text);
  }

  @Test
  void connectReplyOnTheMainNamespaceOmitsTheNamespace() throws Exception {
    EncodedPacket encoded =
        encoder.encode(SocketIoPacket.connect("/", json("{\"sid\":\"abc\",\"pid\":\"p1\"}")));
    assertThat(encoded.text()).isEqualTo("0{\"sid\":\"abc\",\"pid\":\"p1\"}");
    assertThat(encoded.attachments()).isEmpty();
  }

  @Test
  void customNamespaceIsFollowedByAComma() throws Exception {
    assertThat(encoder.encode(SocketIoPacket.connect("/custom", json("{\"sid\":\"x\"}"))).text())
        .isEqualTo("0/custom,{\"sid\":\"x\"}");
    assertThat(encoder.encode(SocketIoPacket.disconnect("/custom")).text()).isEqualTo("1/custom,");
    assertThat(encoder.encode(SocketIoPacket.disconnect("/")).text()).isEqualTo("1");
  }

  @Test
  void connectErrorKeepsMessageThenData() throws Exception {
    ObjectNode error = (ObjectNode) json("{\"message\":\"not authorized\",\"data\":{\"a\":1}}");
    assertThat(encoder.encode(SocketIoPacket.connectError("/random", error)).text())
        .isEqualTo("4/random,{\"message\":\"not authorized\",\"data\":{\"a\":1}}");
  }

  @Test
  void eventWithAndWithoutAckId() throws Exception {
    ArrayNode data = (ArrayNode) json("[\"message\",1,\"2\",{\"3\":[true]}]");
    assertThat(encoder.encode(SocketIoPacket.event("/", data)).text())
        .isEqualTo("2[\"message\",1,\"2\",{\"3\":[true]}]");
    assertThat(encoder.encode(SocketIoPacket.event("/admin", 13, data)).text())
        .isEqualTo("2/admin,13[\"message\",1,\"2\",{\"3\":[true]}]");
  }

  @Test
  void ackCarriesItsId() throws Exception {
    assertThat(encoder.encode(SocketIoPacket.ack("/", 456, (ArrayNode) json("[1,\"2\"]"))).text())
        .isEqualTo("3456[1,\"2\"]");
  }

  @Test
  void binaryValuesBecomeNumberedPlaceholdersDepthFirst() {
    ArrayNode data = Json.eventData("bin", List.of(new byte[] {1}, Map.of("k", new byte[] {2})));
    ArrayNode nested = Json.array().add(BinaryNode.valueOf(new byte[] {3}));
    data.add(Json.object().set("deep", Json.object().set("list", nested)));
    EncodedPacket encoded = encoder.encode(SocketIoPacket.event("/chat", 7, data));
    assertThat(encoded.text())
        .isEqualTo(
            "53-/chat,7[\"bin\",{\"_placeholder\":true,\"num\":0},{\"k\":{\"_placeholder\":true,\"num\":1}},"
                + "{\"deep\":{\"list\":[{\"_placeholder\":true,\"num\":2}]}}]");
    assertThat(encoded.attachments())
        .containsExactly(new byte[] {1}, new byte[] {2}, new byte[] {3});
    assertThat(data.get(1).isBinary()).as("the packet given is not modified").isTrue();
  }

  @Test
  void binaryAckBecomesTypeSix() {
    ArrayNode args = Json.array().add(BinaryNode.valueOf(new byte[] {4, 5}));
    EncodedPacket encoded = encoder.encode(SocketIoPacket.ack("/", 789, args));
    assertThat(encoded.text()).isEqualTo("61-789[{\"_placeholder\":true,\"num\":0}]");
    assertThat(encoded.attachments()).containsExactly(new byte[] {4, 5});
  }

  @Test
  void numbersAreWrittenAsJavaScriptWritesThem() throws Exception {
    ArrayNode data = Json.array().add("n").add(1.0).add(0.1).add(1e-7).add(1.5e21).add(-0.0);
    data.add(Double.NaN).add(123456789012.0).add(1e21).add(2.5);
    assertThat(encoder.encode(SocketIoPacket.event("/", data)).text())
        .isEqualTo("2[\"n\",1,0.1,1e-7,1.5e+21,0,null,123456789012,1e+21,2.5]");
  }

  @Test
  void keysKeepTheirInsertionOrderAndUnicodeIsNotEscaped() throws Exception {
    JsonNode data = json("[\"m\",{\"z\":1,\"a\":\"é✓\",\"m\":null}]");
    assertThat(
            encoder
                .encode(new SocketIoPacket(PacketType.EVENT, "/", Optional.empty(), data))
                .text())
        .isEqualTo("2[\"m\",{\"z\":1,\"a\":\"é✓\",\"m\":null}]");
  }

  @Test
  void recordsAndMapsGoThroughJackson() {
    record Offer(String item, int amount) {}
    ArrayNode data = Json.eventData("offer", List.of(new Offer("salary", 85000), "x"));
    assertThat(encoder.encode(SocketIoPacket.event("/", data)).text())
        .isEqualTo("2[\"offer\",{\"item\":\"salary\",\"amount\":85000},\"x\"]");
  }

  @Test
  void encodedPacketsDecodeToTheSamePacket() throws Exception {
    ArrayNode data = Json.eventData("e", List.of(new byte[] {9, 8}, "s", 3));
    SocketIoPacket original = SocketIoPacket.event("/x", 42, data);
    EncodedPacket encoded = encoder.encode(original);
    SocketIoDecoder decoder = new SocketIoDecoder();
    assertThat(decoder.add(encoded.text())).isEmpty();
    SocketIoPacket decoded = decoder.add(encoded.attachments().get(0)).orElseThrow();
    assertThat(decoded).isEqualTo(original);
  }
}
