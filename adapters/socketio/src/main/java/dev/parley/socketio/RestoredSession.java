package dev.parley.socketio;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;

/** A recovered session and the events (with their offsets) the client missed while away. */
public record RestoredSession(PersistedSession session, List<ArrayNode> missedPackets) {
  public RestoredSession {
    missedPackets = List.copyOf(missedPackets);
  }
}
