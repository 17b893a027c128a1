package dev.parley.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Rooms of one namespace and the delivery of broadcasts, close to Node's {@code Adapter}. The
 * in-process {@link InMemoryRoomAdapter} is the default; a cross-node adapter (Redis) implements
 * the same contract and forwards what is not {@code local}.
 */
public interface RoomAdapter extends AutoCloseable {
  /** Creates the adapter of a namespace. */
  @FunctionalInterface
  interface Factory {
    RoomAdapter create(AdapterContext context);
  }

  void addAll(String socketId, Set<String> rooms);

  void del(String socketId, String room);

  /** Removes the socket from every room (when it leaves the namespace). */
  void delAll(String socketId);

  /**
   * Sends the packet to every matching socket, encoding it once. With connection state recovery, an
   * event without ack id that is not volatile gets an offset appended and is kept for replay.
   */
  void broadcast(SocketIoPacket packet, BroadcastOptions options);

  /** Ids of the local sockets in any of these rooms (all local sockets when empty). */
  Set<String> sockets(Set<String> rooms);

  /** The rooms a local socket is in. */
  Set<String> socketRooms(String socketId);

  /** Every room known here, socket-id rooms included. */
  Set<String> rooms();

  /** How many sockets are in a room. */
  int roomSize(String room);

  /** Makes the matching sockets join these rooms. */
  void addSockets(BroadcastOptions options, Set<String> rooms);

  /** Makes the matching sockets leave these rooms. */
  void delSockets(BroadcastOptions options, Set<String> rooms);

  /** Disconnects the matching sockets. */
  void disconnectSockets(BroadcastOptions options, boolean closeConnections);

  /** The matching sockets, across nodes for a cross-node adapter. */
  CompletableFuture<List<SocketSnapshot>> fetchSockets(BroadcastOptions options);

  /** Sends {@code [event, ...args]} to the other server nodes; nothing to do on a single node. */
  void serverSideEmit(List<JsonNode> eventAndArgs);

  /**
   * Sends {@code [event, ...args]} to the other server nodes and collects one answer from each (the
   * first argument of its ack). Fails with a {@link java.util.concurrent.TimeoutException} when
   * some node does not answer in time. A single node has nobody to ask: no answers.
   */
  default CompletableFuture<List<JsonNode>> serverSideEmitWithAck(List<JsonNode> eventAndArgs) {
    return CompletableFuture.completedFuture(List.of());
  }

  /** Every room of the namespace, across nodes for a cross-node adapter. */
  default CompletableFuture<Set<String>> allRooms() {
    return CompletableFuture.completedFuture(rooms());
  }

  /** Keeps a disconnected socket's session for connection state recovery. */
  void persistSession(PersistedSession session);

  /** The session and the packets it missed, if it is still known and the offset too. */
  CompletableFuture<Optional<RestoredSession>> restoreSession(String pid, String offset);

  @Override
  default void close() {}
}
