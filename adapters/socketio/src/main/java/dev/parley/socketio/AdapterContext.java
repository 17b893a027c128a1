package dev.parley.socketio;

import java.util.Collection;
import java.util.Optional;

/** What a namespace gives its room adapter: local delivery and the settings it needs. */
public interface AdapterContext {
  /** The namespace name, e.g. {@code "/"}. */
  String namespace();

  ConnectionStateRecovery recovery();

  SocketIoEncoder encoder();

  /**
   * Sends one already-encoded packet to these local sockets (unknown ids are skipped). The packet
   * is converted to wire messages once for all of them.
   */
  void deliver(Collection<String> socketIds, EncodedPacket packet, boolean droppable);

  /** A local socket as fetchSockets reports it. */
  Optional<SocketSnapshot> snapshot(String socketId);

  /** Disconnects a local socket (as {@link Socket#disconnect(boolean)}). */
  void disconnect(String socketId, boolean closeConnection);
}
