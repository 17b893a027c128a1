package dev.parley.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conformance.WebSocketProbe.Frame;
import dev.parley.socketio.testing.RawHttp;
import dev.parley.socketio.testing.RawWebSocket;
import io.helidon.webserver.WebServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parley's conformance server and the Node reference server (src/test/node/reference-server.mjs,
 * the same fixtures) get the same bad input; their answers must be the same (issue 17, point 8).
 */
class NodeParityTest {
  private static final Pattern SID = Pattern.compile("\"sid\":\"([^\"]+)\"");

  private static List<ConformanceServer.Mount> mounts;
  private static WebServer parley;
  private static NodeReference node;

  @BeforeAll
  static void start() throws Exception {
    mounts = new ArrayList<>(List.of(ConformanceServer.mountEngineIo()));
    ConformanceServer.mountSocketIo(mounts);
    parley = ConformanceServer.start(0, mounts);
    node = NodeReference.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (node != null) {
      node.close();
    }
    mounts.forEach(ConformanceServer.Mount::close);
    parley.stop();
  }

  /** Ack ids of every length, and the whitespace the reference decoder's Number() accepts. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "1",
        "123456789012345",
        "1234567890123456",
        "9007199254740993",
        "1234567890123456789012",
        "11111111111111111111111111111111111111111111111111111111111111111111111111111111"
            + "11111111111111111111111111111111111111111111111111111111111111111111111111111111"
            + "11111111111111111111111111111111111111111111111111111111111111111111111111111111"
            + "11111111111111111111111111111111111111111111111111111111111111111111111111111111"
            + "11111111111111111111111111111111111111111111111111111111111111111111111111111111",
        " 1",
        "1 2",
        " ",
        "007",
        "\t7"
      })
  void anEventsAckIdIsAnsweredAsNodeAnswersIt(String id) throws Exception {
    String event = "42" + id + "[\"message-with-ack\",1,\"2\"]";

    List<String> fromParley = WebSocketProbe.socketIo(parley.port(), event);

    assertThat(fromParley).isEqualTo(WebSocketProbe.socketIo(node.port(), event));
  }

  @ParameterizedTest
  @ValueSource(strings = {"4212", "42 12", "431234567890123456[1]", "4399999999999999999999[1]"})
  void packetsWithAnIdAndNoMatchingUseAreAnsweredAsNodeAnswersThem(String packet) throws Exception {
    List<String> fromParley = WebSocketProbe.socketIo(parley.port(), packet);

    assertThat(fromParley).isEqualTo(WebSocketProbe.socketIo(node.port(), packet));
  }

  /** Node's ws refuses a message over maxPayload with 1009 and no reason. */
  @ParameterizedTest
  @ValueSource(ints = {ConformanceServer.MAX_PAYLOAD, ConformanceServer.MAX_PAYLOAD + 1})
  void aWebSocketMessageAroundMaxPayloadIsAnsweredAsNodeAnswersIt(int size) throws Exception {
    Frame message = Frame.text("4" + "x".repeat(size - 1));

    List<String> fromParley = WebSocketProbe.engineIo(parley.port(), message);

    assertThat(fromParley).isEqualTo(WebSocketProbe.engineIo(node.port(), message));
  }

  @Test
  void aFragmentedWebSocketMessageOverMaxPayloadIsAnsweredAsNodeAnswersIt() throws Exception {
    byte[] half =
        ("x".repeat(ConformanceServer.MAX_PAYLOAD / 2 + 1)).getBytes(StandardCharsets.UTF_8);
    Frame[] fragments = {
      new Frame(
          RawWebSocket.TEXT,
          false,
          ("4" + new String(half, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)),
      new Frame(RawWebSocket.CONTINUATION, true, half)
    };

    List<String> fromParley = WebSocketProbe.engineIo(parley.port(), fragments);

    assertThat(fromParley).isEqualTo(WebSocketProbe.engineIo(node.port(), fragments));
  }

  /** The official client sees the 413 of its POST, not the close packet of its pending GET. */
  @Test
  void theOfficialClientSeesAnOversizedPostAsNodeShowsIt() throws Exception {
    String fromParley =
        NodeReference.engineClient("oversized-post", "http://127.0.0.1:" + parley.port());

    assertThat(fromParley)
        .isEqualTo(NodeReference.engineClient("oversized-post", "http://127.0.0.1:" + node.port()))
        .isEqualTo(
            "{\"reason\":\"transport error\",\"message\":\"xhr post error\",\"status\":413}");
  }

  @Test
  void anOversizedPostIsAnswered413AsByNode() throws Exception {
    assertThat(oversizedPostStatus(parley.port()))
        .isEqualTo(oversizedPostStatus(node.port()))
        .isEqualTo(413);
  }

  private static int oversizedPostStatus(int port) {
    try (RawHttp http = new RawHttp(port)) {
      RawHttp.Answer open = http.exchange("GET", "/engine.io/?EIO=4&transport=polling");
      Matcher sid = SID.matcher(new String(open.body(), StandardCharsets.UTF_8));
      assertThat(sid.find()).isTrue();
      byte[] body =
          ("4" + "x".repeat(ConformanceServer.MAX_PAYLOAD)).getBytes(StandardCharsets.UTF_8);
      return http.exchange(
              "POST",
              "/engine.io/?EIO=4&transport=polling&sid=" + sid.group(1),
              Map.of("Content-Type", "text/plain;charset=UTF-8"),
              body)
          .status();
    }
  }
}
