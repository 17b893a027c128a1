package dev.parley.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

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

  /**
   * Sends {@code [event, ...args]} to a local socket asking for an acknowledgement (a broadcast
   * with acks from another node); empty when the socket is not here.
   */
  Optional<CompletableFuture<List<JsonNode>>> emitWithAck(
      String socketId, ArrayNode eventAndArgs, Duration timeout);

  /**
   * Runs the namespace's server-side-emit handlers for {@code [event, ...args]} sent by another
   * node; {@code ack}, when that node asked for one, takes the first argument of the answer.
   */
  void onServerSideEmit(List<JsonNode> eventAndArgs, Optional<Consumer<JsonNode>> ack);
}
