package dev.parley.socketio.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * A long-polling POST body as the server reads it (strict UTF-8, then packets split on the record
 * separator): it decodes or throws {@link EngineParseException}, nothing else; and what decodes is
 * one packet per record and survives a round trip through the encoder. Seeds are in {@code
 * PollingPayloadFuzzTestInputs/body/}.
 */
class PollingPayloadFuzzTest {

  @FuzzTest(maxDuration = "2s")
  void body(byte[] body) {
    List<EnginePacket> packets;
    try {
      packets = EngineCodec.decodePayload(EngineCodec.decodeUtf8(body));
    } catch (EngineParseException refused) {
      return;
    }
    String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(packets).hasSize(1 + (int) text.chars().filter(c -> c == '\u001e').count());
    try {
      assertThat(EngineCodec.decodePayload(EngineCodec.encodePayload(packets))).isEqualTo(packets);
    } catch (EngineParseException e) {
      throw new AssertionError("the encoder wrote a payload its decoder refuses", e);
    }
  }
}
