package dev.parley.socketio;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** An immutable broadcast target: rooms, exceptions and flags, then {@link #emit}. */
public final class BroadcastOperator {
  private final Namespace namespace;
  private final Set<String> rooms;
  private final Set<String> except;
  private final BroadcastOptions.Flags flags;

  BroadcastOperator(
      Namespace namespace, Set<String> rooms, Set<String> except, BroadcastOptions.Flags flags) {
    this.namespace = namespace;
    this.rooms = Set.copyOf(rooms);
    this.except = Set.copyOf(except);
    this.flags = flags;
  }

  /** Also reaches the sockets of this room. */
  public BroadcastOperator to(String... moreRooms) {
    Set<String> union = new HashSet<>(rooms);
    union.addAll(Arrays.asList(moreRooms));
    return new BroadcastOperator(namespace, union, except, flags);
  }

  /** Same as {@link #to}. */
  public BroadcastOperator in(String... moreRooms) {
    return to(moreRooms);
  }

  /** Leaves out the sockets of this room (or this socket id). */
  public BroadcastOperator except(String... excluded) {
    Set<String> union = new HashSet<>(except);
    union.addAll(Arrays.asList(excluded));
    return new BroadcastOperator(namespace, rooms, union, flags);
  }

  /** The packets may be dropped for clients that cannot take them now. */
  public BroadcastOperator volatileFlag() {
    return new BroadcastOperator(
        namespace, rooms, except, new BroadcastOptions.Flags(true, flags.local()));
  }

  /** Only this node's sockets (a cross-node adapter does not forward). */
  public BroadcastOperator local() {
    return new BroadcastOperator(
        namespace, rooms, except, new BroadcastOptions.Flags(flags.volatileDelivery(), true));
  }

  public BroadcastOptions options() {
    return new BroadcastOptions(rooms, except, flags);
  }

  /** Sends the event to every matching socket; the packet is encoded once. */
  public void emit(String event, Object... args) {
    Socket.requireNotReserved(event);
    namespace
        .adapter()
        .broadcast(
            SocketIoPacket.event(namespace.name(), Json.eventData(event, Arrays.asList(args))),
            options());
  }

  public CompletableFuture<List<SocketSnapshot>> fetchSockets() {
    return namespace.adapter().fetchSockets(options());
  }

  public void socketsJoin(String... joined) {
    namespace.adapter().addSockets(options(), Set.of(joined));
  }

  public void socketsLeave(String... left) {
    namespace.adapter().delSockets(options(), Set.of(left));
  }

  public void disconnectSockets(boolean closeConnections) {
    namespace.adapter().disconnectSockets(options(), closeConnections);
  }
}
