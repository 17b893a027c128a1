package dev.parley.redis;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.HexFormat;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Whatever arrives from Redis, the decoders throw nothing but their own parse error. */
class FrameFuzzTest {
  private static final byte[] CAPTURED =
      HexFormat.of()
          .parseHex(
              "93a6415343614f6783a47479706502a46461746194a568656c6c6f01a374776f81a57468726565"
                  + "03a36e7370a12f83a5726f6f6d7390a665786365707490a5666c61677380");

  @Property(tries = 1500)
  void randomBytes(@ForAll @Size(max = 64) byte[] frame) {
    assertOnlyParseErrors(frame);
  }

  @Property(tries = 1500)
  void mutatedBroadcasts(@ForAll("mutations") byte[] frame) {
    assertOnlyParseErrors(frame);
  }

  @Provide
  Arbitrary<byte[]> mutations() {
    return Arbitraries.integers()
        .between(0, CAPTURED.length - 1)
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .flatMap(
            positions ->
                Arbitraries.bytes()
                    .list()
                    .ofSize(positions.size())
                    .flatMap(
                        values ->
                            Arbitraries.integers()
                                .between(1, CAPTURED.length)
                                .map(
                                    length -> {
                                      byte[] frame = java.util.Arrays.copyOf(CAPTURED, length);
                                      for (int i = 0; i < positions.size(); i++) {
                                        if (positions.get(i) < length) {
                                          frame[positions.get(i)] = values.get(i);
                                        }
                                      }
                                      return frame;
                                    })));
  }

  private static void assertOnlyParseErrors(byte[] frame) {
    assertThatCode(
            () -> {
              try {
                IncomingBroadcast.parse(MsgPack.decode(frame));
              } catch (MalformedFrameException expected) {
                // the one error a malformed frame may give
              }
              try {
                RedisRoomAdapter.parseObject(frame);
              } catch (MalformedFrameException expected) {
                // same for requests and responses
              }
            })
        .doesNotThrowAnyException();
  }
}
