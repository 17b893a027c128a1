package dev.parley.memory;

import dev.parley.domain.port.RoomPresence;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The connections in each negotiation's room on this node: the presence of a single node. */
public final class InMemoryRoomPresence implements RoomPresence {
  private final Map<UUID, Set<String>> rooms = new ConcurrentHashMap<>();

  @Override
  public int participantCount(UUID negotiationId) {
    Set<String> connections = rooms.get(negotiationId);
    return connections == null ? 0 : connections.size();
  }

  @Override
  public void entered(UUID negotiationId, String connectionId) {
    rooms.compute(
        negotiationId,
        (id, connections) -> {
          Set<String> present = connections == null ? ConcurrentHashMap.newKeySet() : connections;
          present.add(connectionId);
          return present;
        });
  }

  @Override
  public void left(UUID negotiationId, String connectionId) {
    rooms.computeIfPresent(
        negotiationId,
        (id, connections) -> {
          connections.remove(connectionId);
          return connections.isEmpty() ? null : connections;
        });
  }

  /** A copy of every room with someone in it, for re-announcing this node's share elsewhere. */
  public Map<UUID, Set<String>> snapshot() {
    Map<UUID, Set<String>> copy = new HashMap<>();
    rooms.forEach((id, connections) -> copy.put(id, Set.copyOf(connections)));
    return copy;
  }
}
