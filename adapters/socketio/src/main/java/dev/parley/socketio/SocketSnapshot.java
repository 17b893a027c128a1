package dev.parley.socketio;

import java.util.Map;
import java.util.Set;

/** A socket as fetchSockets reports it, wherever it is connected. */
public record SocketSnapshot(
    String id, Handshake handshake, Set<String> rooms, Map<String, Object> data) {
  public SocketSnapshot {
    rooms = Set.copyOf(rooms);
    data = Map.copyOf(data);
  }
}
