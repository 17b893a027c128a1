package dev.parley.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One Socket.IO packet. Binary values live inside {@code data} as {@link
 * com.fasterxml.jackson.databind.node.BinaryNode}s; the encoder turns them into attachments.
 *
 * @param type the packet type; decoded packets carry EVENT/ACK even when they arrived as BINARY_*
 * @param namespace the namespace, {@code "/"} for the main one
 * @param ackId the acknowledgement id, if any
 * @param data the JSON payload, {@link MissingNode} when the packet has none
 */
public record SocketIoPacket(
    PacketType type, String namespace, Optional<AckId> ackId, JsonNode data) {

  public static final String MAIN_NAMESPACE = "/";

  public SocketIoPacket {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(ackId, "ackId");
    data = data == null ? MissingNode.getInstance() : data;
  }

  public static SocketIoPacket connect(String namespace, JsonNode payload) {
    return new SocketIoPacket(PacketType.CONNECT, namespace, Optional.empty(), payload);
  }

  public static SocketIoPacket disconnect(String namespace) {
    return new SocketIoPacket(
        PacketType.DISCONNECT, namespace, Optional.empty(), MissingNode.getInstance());
  }

  public static SocketIoPacket connectError(String namespace, ObjectNode error) {
    return new SocketIoPacket(PacketType.CONNECT_ERROR, namespace, Optional.empty(), error);
  }

  public static SocketIoPacket event(String namespace, ArrayNode eventAndArgs) {
    return new SocketIoPacket(PacketType.EVENT, namespace, Optional.empty(), eventAndArgs);
  }

  public static SocketIoPacket event(String namespace, long ackId, ArrayNode eventAndArgs) {
    return new SocketIoPacket(
        PacketType.EVENT, namespace, Optional.of(AckId.of(ackId)), eventAndArgs);
  }

  public static SocketIoPacket ack(String namespace, long ackId, ArrayNode args) {
    return ack(namespace, AckId.of(ackId), args);
  }

  public static SocketIoPacket ack(String namespace, AckId ackId, ArrayNode args) {
    return new SocketIoPacket(PacketType.ACK, namespace, Optional.of(ackId), args);
  }

  public boolean hasData() {
    return !data.isMissingNode();
  }

  /** The same packet with other data. */
  public SocketIoPacket withData(JsonNode newData) {
    return new SocketIoPacket(type, namespace, ackId, newData);
  }
}
