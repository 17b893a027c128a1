package dev.parley.loadtool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.socketio.LocalWebServer;
import dev.parley.socketio.SocketIoOptions;
import dev.parley.socketio.SocketIoServer;
import dev.parley.socketio.engine.EngineOptions;
import io.helidon.webserver.WebServer;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The load tool's clients against this project's Socket.IO server, over each transport: the
 * connection, acks, server events and heartbeats (a fast ping, so a client that never answered
 * would be dropped within the test).
 */
class LoadClientTest {
  private SocketIoServer io;
  private WebServer web;
  private final List<String> transportsSeen = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    io =
        new SocketIoServer(
            SocketIoOptions.defaults()
                .withEngine(
                    EngineOptions.defaults()
                        .withPingInterval(Duration.ofMillis(200))
                        .withPingTimeout(Duration.ofMillis(300))));
    io.of("/")
        .onConnection(
            socket -> {
              transportsSeen.add(socket.transport());
              socket.on(
                  "send-message",
                  (s, args, ack) -> {
                    ack.send(io.of("/").adapter().roomSize(s.id()));
                    s.emit("message-received", args.get(0));
                  });
            });
    web = LocalWebServer.serving(io);
  }

  @AfterEach
  void stop() {
    io.close();
    web.stop();
  }

  @ParameterizedTest
  @EnumSource(LoadClient.Transport.class)
  void a_client_connects_emits_with_acks_receives_events_and_answers_heartbeats(
      LoadClient.Transport transport) throws Exception {
    List<Frames.Frame.Event> received = new CopyOnWriteArrayList<>();
    Target target = new Target.Node("test", java.net.URI.create("http://127.0.0.1:" + web.port()));
    try (HttpClient http = HttpClient.newHttpClient();
        LoadClient client = transport.connect(http, target, received::add)) {
      String ack =
          client.emitWithAck("send-message", "{\"content\":\"hello\"}").get(10, TimeUnit.SECONDS);
      Thread.sleep(1_000); // five heartbeats: unanswered, the server would have closed it

      assertThat(ack).isEqualTo("[1]");
      assertThat(received).extracting(Frames.Frame.Event::name).containsExactly("message-received");
      assertThat(received.get(0).raw()).contains("hello");
      assertThat(client.isConnected()).isTrue();
      assertThat(io.connectionCount()).isEqualTo(1);
      assertThat(transportsSeen).containsExactly(transport.name().toLowerCase());
    }
  }
}
