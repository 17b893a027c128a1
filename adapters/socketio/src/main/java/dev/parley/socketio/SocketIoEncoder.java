package dev.parley.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Encodes packets as the reference {@code socket.io-parser} does: {@code
 * <type>[<attachments>-][<nsp>,][<ackId>][<json>]}. Binary values become {@code
 * {"_placeholder":true,"num":i}} in depth-first order and travel as attachments. Stateless and
 * thread-safe.
 */
public final class SocketIoEncoder {
  private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

  public EncodedPacket encode(SocketIoPacket packet) {
    PacketType type = packet.type();
    JsonNode data = packet.data();
    List<byte[]> attachments = new ArrayList<>(0);
    boolean carriesAttachments =
        type == PacketType.EVENT
            || type == PacketType.ACK
            || type == PacketType.BINARY_EVENT
            || type == PacketType.BINARY_ACK;
    if (data.isContainerNode() || data.isNumber() || data.isBinary()) {
      if (needsRewrite(data)) {
        data = rewrite(data, carriesAttachments ? attachments : null);
      }
    }
    if (!attachments.isEmpty()
        || type == PacketType.BINARY_EVENT
        || type == PacketType.BINARY_ACK) {
      type =
          type == PacketType.EVENT || type == PacketType.BINARY_EVENT
              ? PacketType.BINARY_EVENT
              : PacketType.BINARY_ACK;
    }
    StringBuilder text = new StringBuilder(64);
    text.append(type.code());
    if (type == PacketType.BINARY_EVENT || type == PacketType.BINARY_ACK) {
      text.append(attachments.size()).append('-');
    }
    String namespace = packet.namespace();
    if (!namespace.isEmpty() && !SocketIoPacket.MAIN_NAMESPACE.equals(namespace)) {
      text.append(namespace).append(',');
    }
    packet.ackId().ifPresent(id -> text.append(id.wire()));
    if (!data.isMissingNode()) {
      text.append(Json.write(data));
    }
    return new EncodedPacket(text.toString(), attachments);
  }

  /** True when the tree holds binary values or numbers Jackson would not write like JavaScript. */
  private static boolean needsRewrite(JsonNode node) {
    if (node.isBinary()) {
      return true;
    }
    if (node.isNumber()) {
      return !isJsSafeInteger(node);
    }
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        if (needsRewrite(child)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isJsSafeInteger(JsonNode number) {
    return (number.isInt() || number.isLong()) && Math.abs(number.longValue()) <= MAX_SAFE_INTEGER;
  }

  /** A copy with placeholders for binary values (when attachments is given) and JS numbers. */
  private static JsonNode rewrite(JsonNode node, List<byte[]> attachments) {
    if (node.isBinary() && attachments != null) {
      ObjectNode placeholder = Json.object();
      placeholder.put("_placeholder", true);
      placeholder.put("num", attachments.size());
      attachments.add(binaryValue(node));
      return placeholder;
    }
    if (node.isNumber() && !isJsSafeInteger(node)) {
      return Json.nodes().rawValueNode(new RawValue(JsNumbers.format(node.doubleValue())));
    }
    if (node instanceof ArrayNode array) {
      ArrayNode copy = Json.array();
      for (JsonNode child : array) {
        copy.add(rewrite(child, attachments));
      }
      return copy;
    }
    if (node instanceof ObjectNode object) {
      ObjectNode copy = Json.object();
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        copy.set(field.getKey(), rewrite(field.getValue(), attachments));
      }
      return copy;
    }
    return node;
  }

  private static byte[] binaryValue(JsonNode node) {
    try {
      return node.binaryValue();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("a binary node always has bytes", e);
    }
  }
}
