package dev.parley.redis;

import static org.assertj.core.api.Assertions.assertThatCode;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever arrives from Redis, the decoders throw nothing but their own parse error: a broadcast
 * (MsgPack) and a request or response between nodes (a JSON object). Seeds, in {@code
 * FrameFuzzTestInputs/frame/}, are a broadcast captured from the Node redis-adapter and
 * hand-written requests and responses.
 */
class FrameFuzzTest {

  @FuzzTest(maxDuration = "2s")
  void frame(byte[] frame) {
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
