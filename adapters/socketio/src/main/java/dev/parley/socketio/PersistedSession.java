package dev.parley.socketio;

import java.util.Map;
import java.util.Set;

/** What connection state recovery keeps of a socket that lost its connection. */
public record PersistedSession(
    String sid, String pid, Set<String> rooms, Map<String, Object> data) {
  public PersistedSession {
    rooms = Set.copyOf(rooms);
    data = Map.copyOf(data);
  }
}
