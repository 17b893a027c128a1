package dev.parley.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class InMemoryRoomAdapterTest {
  private record Delivery(List<String> socketIds, EncodedPacket packet, boolean droppable) {}

  private static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-11-26T12:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final List<Delivery> deliveries = new ArrayList<>();
  private final MutableClock clock = new MutableClock();

  private InMemoryRoomAdapter adapter(ConnectionStateRecovery recovery) {
    return new InMemoryRoomAdapter(
        new AdapterContext() {
          @Override
          public String namespace() {
            return "/";
          }

          @Override
          public ConnectionStateRecovery recovery() {
            return recovery;
          }

          @Override
          public SocketIoEncoder encoder() {
            return new SocketIoEncoder();
          }

          @Override
          public void deliver(Collection<String> ids, EncodedPacket packet, boolean droppable) {
            deliveries.add(new Delivery(List.copyOf(ids), packet, droppable));
          }

          @Override
          public Optional<SocketSnapshot> snapshot(String socketId) {
            return Optional.empty();
          }

          @Override
          public void disconnect(String socketId, boolean closeConnection) {}

          @Override
          public Optional<CompletableFuture<List<JsonNode>>> emitWithAck(
              String socketId, ArrayNode eventAndArgs, Duration timeout) {
            return Optional.empty();
          }

          @Override
          public void onServerSideEmit(
              List<JsonNode> eventAndArgs, Optional<Consumer<JsonNode>> ack) {}
        },
        clock);
  }

  @Test
  void broadcastReachesRoomMembersMinusExceptedRoomsInOneDelivery() {
    InMemoryRoomAdapter adapter = adapter(ConnectionStateRecovery.off());
    adapter.addAll("s1", Set.of("s1", "lobby"));
    adapter.addAll("s2", Set.of("s2", "lobby", "muted"));
    adapter.addAll("s3", Set.of("s3"));

    adapter.broadcast(
        SocketIoPacket.event("/", Json.eventData("hi", List.of())),
        new BroadcastOptions(Set.of("lobby"), Set.of("muted"), BroadcastOptions.Flags.NONE));
    adapter.broadcast(
        SocketIoPacket.event("/", Json.eventData("all", List.of())), BroadcastOptions.everyone());

    assertThat(deliveries).hasSize(2);
    assertThat(deliveries.get(0).socketIds()).containsExactly("s1");
    assertThat(deliveries.get(0).packet().text()).isEqualTo("2[\"hi\"]");
    assertThat(deliveries.get(1).socketIds()).containsExactlyInAnyOrder("s1", "s2", "s3");
  }

  @Test
  void leavingAllRoomsRemovesEmptyRooms() {
    InMemoryRoomAdapter adapter = adapter(ConnectionStateRecovery.off());
    adapter.addAll("s1", Set.of("s1", "a", "b"));
    adapter.addAll("s2", Set.of("s2", "a"));
    adapter.del("s2", "a");
    assertThat(adapter.roomSize("a")).isEqualTo(1);
    adapter.delAll("s1");
    assertThat(adapter.rooms()).containsExactly("s2");
    assertThat(adapter.socketRooms("s1")).isEmpty();
  }

  @Test
  void recoveryAppendsOffsetsOnlyToPlainNonVolatileEvents() {
    InMemoryRoomAdapter adapter = adapter(ConnectionStateRecovery.on());
    adapter.addAll("s1", Set.of("s1"));
    adapter.broadcast(
        SocketIoPacket.event("/", Json.eventData("plain", List.of())), BroadcastOptions.everyone());
    adapter.broadcast(
        SocketIoPacket.event("/", Json.eventData("fleeting", List.of())),
        new BroadcastOptions(Set.of(), Set.of(), new BroadcastOptions.Flags(true, false)));
    adapter.broadcast(
        SocketIoPacket.event("/", 3, Json.eventData("asking", List.of())),
        BroadcastOptions.everyone());

    assertThat(deliveries.get(0).packet().text()).matches("2\\[\"plain\",\"[^\"]+\"\\]");
    assertThat(deliveries.get(1).packet().text()).isEqualTo("2[\"fleeting\"]");
    assertThat(deliveries.get(1).droppable()).isTrue();
    assertThat(deliveries.get(2).packet().text()).isEqualTo("23[\"asking\"]");
  }

  @Test
  void restoredSessionGetsOnlyThePacketsAfterItsOffsetThatMatchItsRooms() throws Exception {
    InMemoryRoomAdapter adapter = adapter(ConnectionStateRecovery.on(Duration.ofMinutes(2)));
    adapter.addAll("s1", Set.of("s1", "news"));
    adapter.broadcast(
        SocketIoPacket.event("/", Json.eventData("seen", List.of())),
        BroadcastOptions.toRoom("news"));
    String text = deliveries.get(0).packet().text();
    String offset = text.substring(text.lastIndexOf(",\"") + 2, text.length() - 2);
    adapter.persistSession(
        new PersistedSession("s1", "p1", Set.of("s1", "news"), Map.of("k", "v")));
    adapter.delAll("s1");
    adapter.broadcast(
        SocketIoPacket.event("/", Json.eventData("missed", List.of(1))),
        BroadcastOptions.toRoom("news"));
    adapter.broadcast(
        SocketIoPacket.event("/", Json.eventData("other-room", List.of())),
        BroadcastOptions.toRoom("sports"));
    adapter.broadcast(
        SocketIoPacket.event("/", Json.eventData("excluded", List.of())),
        new BroadcastOptions(Set.of(), Set.of("news"), BroadcastOptions.Flags.NONE));

    RestoredSession restored = adapter.restoreSession("p1", offset).get().orElseThrow();
    assertThat(restored.session().sid()).isEqualTo("s1");
    assertThat(restored.session().data()).containsEntry("k", "v");
    assertThat(restored.missedPackets()).hasSize(1);
    assertThat(restored.missedPackets().get(0).get(0).asText()).isEqualTo("missed");
    assertThat(adapter.restoreSession("p1", offset).get()).as("a session restores once").isEmpty();
  }

  @Test
  void expiredSessionOrUnknownOffsetIsNotRestored() throws Exception {
    InMemoryRoomAdapter adapter = adapter(ConnectionStateRecovery.on(Duration.ofMinutes(2)));
    adapter.addAll("s1", Set.of("s1"));
    adapter.broadcast(
        SocketIoPacket.event("/", Json.eventData("seen", List.of())), BroadcastOptions.everyone());
    String text = deliveries.get(0).packet().text();
    String offset = text.substring(text.lastIndexOf(",\"") + 2, text.length() - 2);

    adapter.persistSession(new PersistedSession("s1", "p1", Set.of("s1"), Map.of()));
    assertThat(adapter.restoreSession("p1", "unknown-offset").get()).isEmpty();

    adapter.persistSession(new PersistedSession("s1", "p2", Set.of("s1"), Map.of()));
    clock.now = clock.now.plus(Duration.ofMinutes(3));
    assertThat(adapter.restoreSession("p2", offset).get()).isEmpty();
  }
}
