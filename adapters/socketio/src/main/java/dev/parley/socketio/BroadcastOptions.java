package dev.parley.socketio;

import java.util.Set;

/**
 * Which sockets a broadcast reaches, as Node's adapter {@code BroadcastOptions}.
 *
 * @param rooms the rooms to reach; empty means every socket of the namespace
 * @param except rooms (or socket ids) whose sockets are left out
 * @param flags delivery flags
 */
public record BroadcastOptions(Set<String> rooms, Set<String> except, Flags flags) {
  public BroadcastOptions {
    rooms = Set.copyOf(rooms);
    except = Set.copyOf(except);
  }

  /**
   * @param volatileDelivery may be dropped when the client cannot take it now
   * @param local stays on this node (a cross-node adapter does not forward it)
   */
  public record Flags(boolean volatileDelivery, boolean local) {
    public static final Flags NONE = new Flags(false, false);
  }

  public static BroadcastOptions everyone() {
    return new BroadcastOptions(Set.of(), Set.of(), Flags.NONE);
  }

  public static BroadcastOptions toRoom(String room) {
    return new BroadcastOptions(Set.of(room), Set.of(), Flags.NONE);
  }

  /** Whether a socket in these rooms is reached. */
  public boolean includes(Set<String> socketRooms) {
    boolean included = rooms.isEmpty() || socketRooms.stream().anyMatch(rooms::contains);
    return included && socketRooms.stream().noneMatch(except::contains);
  }
}
