package dev.parley.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rooms of one namespace in this process, and the in-process session store of connection state
 * recovery (as Node's {@code SessionAwareAdapter}).
 */
public final class InMemoryRoomAdapter implements RoomAdapter {
  private final AdapterContext context;
  private final Clock clock;
  private final Map<String, Set<String>> socketsByRoom = new HashMap<>();
  private final Map<String, Set<String>> roomsBySocket = new HashMap<>();
  private final Map<String, StoredSession> sessions = new HashMap<>();
  private final Deque<StoredPacket> packets = new ArrayDeque<>();
  private final AtomicLong offsets = new AtomicLong();
  private final String offsetPrefix = Long.toString(System.currentTimeMillis(), 36) + "-";

  public InMemoryRoomAdapter(AdapterContext context) {
    this(context, Clock.systemUTC());
  }

  InMemoryRoomAdapter(AdapterContext context, Clock clock) {
    this.context = context;
    this.clock = clock;
  }

  private record StoredSession(PersistedSession session, Instant disconnectedAt) {}

  private record StoredPacket(
      String offset, BroadcastOptions options, ArrayNode data, Instant emittedAt) {}

  @Override
  public synchronized void addAll(String socketId, Set<String> rooms) {
    Set<String> joined = roomsBySocket.computeIfAbsent(socketId, id -> new LinkedHashSet<>());
    for (String room : rooms) {
      joined.add(room);
      socketsByRoom.computeIfAbsent(room, r -> new LinkedHashSet<>()).add(socketId);
    }
  }

  @Override
  public synchronized void del(String socketId, String room) {
    Set<String> joined = roomsBySocket.get(socketId);
    if (joined != null) {
      joined.remove(room);
    }
    leaveRoom(socketId, room);
  }

  @Override
  public synchronized void delAll(String socketId) {
    Set<String> joined = roomsBySocket.remove(socketId);
    if (joined != null) {
      for (String room : joined) {
        leaveRoom(socketId, room);
      }
    }
  }

  private void leaveRoom(String socketId, String room) {
    Set<String> members = socketsByRoom.get(room);
    if (members != null && members.remove(socketId) && members.isEmpty()) {
      socketsByRoom.remove(room);
    }
  }

  @Override
  public void broadcast(SocketIoPacket packet, BroadcastOptions options) {
    SocketIoPacket toSend = packet;
    if (context.recovery().enabled()
        && packet.type() == PacketType.EVENT
        && packet.ackId().isEmpty()
        && !options.flags().volatileDelivery()
        && packet.data() instanceof ArrayNode data) {
      ArrayNode withOffset = data.deepCopy();
      String offset = offsetPrefix + Long.toString(offsets.incrementAndGet(), 36);
      withOffset.add(offset);
      storePacket(new StoredPacket(offset, options, withOffset, clock.instant()));
      toSend = packet.withData(withOffset);
    }
    EncodedPacket encoded = context.encoder().encode(toSend);
    context.deliver(sockets(options), encoded, options.flags().volatileDelivery());
  }

  private synchronized void storePacket(StoredPacket packet) {
    packets.addLast(packet);
    Instant threshold = clock.instant().minus(context.recovery().maxDisconnectionDuration());
    while (!packets.isEmpty() && packets.peekFirst().emittedAt().isBefore(threshold)) {
      packets.removeFirst();
    }
  }

  /** Ids of the local sockets a broadcast with these options reaches. */
  public synchronized Set<String> sockets(BroadcastOptions options) {
    Set<String> excluded = new HashSet<>();
    for (String room : options.except()) {
      excluded.addAll(socketsByRoom.getOrDefault(room, Set.of()));
    }
    Set<String> targets = new LinkedHashSet<>();
    if (options.rooms().isEmpty()) {
      targets.addAll(roomsBySocket.keySet());
    } else {
      for (String room : options.rooms()) {
        targets.addAll(socketsByRoom.getOrDefault(room, Set.of()));
      }
    }
    targets.removeAll(excluded);
    return targets;
  }

  @Override
  public synchronized Set<String> sockets(Set<String> rooms) {
    return sockets(new BroadcastOptions(rooms, Set.of(), BroadcastOptions.Flags.NONE));
  }

  @Override
  public synchronized Set<String> socketRooms(String socketId) {
    return Set.copyOf(roomsBySocket.getOrDefault(socketId, Set.of()));
  }

  @Override
  public synchronized Set<String> rooms() {
    return Set.copyOf(socketsByRoom.keySet());
  }

  @Override
  public synchronized int roomSize(String room) {
    return socketsByRoom.getOrDefault(room, Set.of()).size();
  }

  @Override
  public void addSockets(BroadcastOptions options, Set<String> rooms) {
    for (String socketId : sockets(options)) {
      addAll(socketId, rooms);
    }
  }

  @Override
  public void delSockets(BroadcastOptions options, Set<String> rooms) {
    for (String socketId : sockets(options)) {
      rooms.forEach(room -> del(socketId, room));
    }
  }

  @Override
  public void disconnectSockets(BroadcastOptions options, boolean closeConnections) {
    for (String socketId : sockets(options)) {
      context.disconnect(socketId, closeConnections);
    }
  }

  @Override
  public CompletableFuture<List<SocketSnapshot>> fetchSockets(BroadcastOptions options) {
    List<SocketSnapshot> found = new ArrayList<>();
    for (String socketId : sockets(options)) {
      context.snapshot(socketId).ifPresent(found::add);
    }
    return CompletableFuture.completedFuture(found);
  }

  /** A single node has no other node to reach. */
  @Override
  public void serverSideEmit(List<JsonNode> eventAndArgs) {}

  @Override
  public synchronized void persistSession(PersistedSession session) {
    sessions.put(session.pid(), new StoredSession(session, clock.instant()));
    Instant threshold = clock.instant().minus(context.recovery().maxDisconnectionDuration());
    sessions.values().removeIf(stored -> stored.disconnectedAt().isBefore(threshold));
  }

  @Override
  public synchronized CompletableFuture<Optional<RestoredSession>> restoreSession(
      String pid, String offset) {
    StoredSession stored = sessions.remove(pid);
    if (stored == null
        || stored
            .disconnectedAt()
            .plus(context.recovery().maxDisconnectionDuration())
            .isBefore(clock.instant())) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    List<ArrayNode> missed = new ArrayList<>();
    boolean offsetFound = false;
    for (Iterator<StoredPacket> it = packets.iterator(); it.hasNext(); ) {
      StoredPacket packet = it.next();
      if (offsetFound && packet.options().includes(stored.session().rooms())) {
        missed.add(packet.data());
      }
      offsetFound |= packet.offset().equals(offset);
    }
    if (!offsetFound) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    return CompletableFuture.completedFuture(
        Optional.of(new RestoredSession(stored.session(), missed)));
  }
}
