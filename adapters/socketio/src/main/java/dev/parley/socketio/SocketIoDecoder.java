package dev.parley.socketio;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decodes what one connection receives, with the validation of the reference {@code
 * socket.io-parser} 4.2.6. Stateful (a binary packet waits for its attachments): one instance per
 * connection, fed in arrival order from one thread at a time. Every invalid input throws {@link
 * SocketIoParseException} and nothing else.
 */
public final class SocketIoDecoder {
  public static final int DEFAULT_MAX_ATTACHMENTS = 10;

  private static final Set<String> RESERVED_EVENTS =
      Set.of(
          "connect",
          "connect_error",
          "disconnect",
          "disconnecting",
          "newListener",
          "removeListener");

  private final int maxAttachments;
  private PendingBinary pending;

  public SocketIoDecoder() {
    this(DEFAULT_MAX_ATTACHMENTS);
  }

  public SocketIoDecoder(int maxAttachments) {
    this.maxAttachments = maxAttachments;
  }

  /** A text message: a whole packet, or the head of a binary packet (then empty until complete). */
  public Optional<SocketIoPacket> add(String text) throws SocketIoParseException {
    if (pending != null) {
      throw new SocketIoParseException("got plaintext data when reconstructing a packet");
    }
    Head head = decodeString(text);
    if (head.attachments < 0) {
      return Optional.of(head.packet);
    }
    if (head.attachments == 0) {
      return Optional.of(reconstruct(head.packet, List.of()));
    }
    pending = new PendingBinary(head.packet, head.attachments, new ArrayList<>(head.attachments));
    return Optional.empty();
  }

  /** A binary message: the next attachment of the pending binary packet. */
  public Optional<SocketIoPacket> add(byte[] binary) throws SocketIoParseException {
    if (pending == null) {
      throw new SocketIoParseException("got binary data when not reconstructing a packet");
    }
    pending.buffers.add(binary);
    if (pending.buffers.size() < pending.expected) {
      return Optional.empty();
    }
    PendingBinary complete = pending;
    pending = null;
    return Optional.of(reconstruct(complete.head, complete.buffers));
  }

  /** True while a binary packet waits for attachments. */
  public boolean isReconstructing() {
    return pending != null;
  }

  /** Drops a half-received binary packet (when the connection closes). */
  public void reset() {
    pending = null;
  }

  private record PendingBinary(SocketIoPacket head, int expected, List<byte[]> buffers) {}

  /** attachments is -1 for packets that are not binary. */
  private record Head(SocketIoPacket packet, int attachments) {}

  private Head decodeString(String str) throws SocketIoParseException {
    if (str.isEmpty()) {
      throw new SocketIoParseException("empty packet");
    }
    PacketType type = PacketType.ofCode(str.charAt(0));
    int i = 0;
    int length = str.length();
    int attachments = -1;
    if (type == PacketType.BINARY_EVENT || type == PacketType.BINARY_ACK) {
      int dash = str.indexOf('-', 1);
      if (dash < 0) {
        throw new SocketIoParseException("Illegal attachments");
      }
      attachments = parseAttachments(str.substring(1, dash));
      i = dash;
    }
    String namespace = SocketIoPacket.MAIN_NAMESPACE;
    if (i + 1 < length && str.charAt(i + 1) == '/') {
      int start = i + 1;
      int comma = str.indexOf(',', start);
      i = comma < 0 ? length : comma;
      namespace = str.substring(start, i);
    }
    Optional<AckId> ackId = Optional.empty();
    if (i + 1 < length && AckId.isIdCharacter(str.charAt(i + 1))) {
      int start = i + 1;
      int end = start;
      while (end < length && AckId.isIdCharacter(str.charAt(end))) {
        end++;
      }
      ackId = Optional.of(AckId.read(str.substring(start, end)));
      i = end - 1;
    }
    JsonNode data = MissingNode.getInstance();
    if (i + 1 < length) {
      data = parseJson(str.substring(i + 1));
      if (!isPayloadValid(type, data)) {
        throw new SocketIoParseException("invalid payload");
      }
    }
    PacketType decodedType =
        switch (type) {
          case BINARY_EVENT -> PacketType.EVENT;
          case BINARY_ACK -> PacketType.ACK;
          default -> type;
        };
    return new Head(new SocketIoPacket(decodedType, namespace, ackId, data), attachments);
  }

  private int parseAttachments(String digits) throws SocketIoParseException {
    if (digits.isEmpty()) {
      return 0; // the reference decoder reads an empty count as Number("") == 0
    }
    for (int c = 0; c < digits.length(); c++) {
      if (!isDigit(digits.charAt(c))) {
        throw new SocketIoParseException("Illegal attachments");
      }
    }
    if (digits.length() > 9 || Integer.parseInt(digits) > maxAttachments) {
      throw new SocketIoParseException("too many attachments");
    }
    return Integer.parseInt(digits);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static JsonNode parseJson(String json) throws SocketIoParseException {
    try {
      JsonNode node = Json.MAPPER.readTree(json);
      if (node == null || node.isMissingNode()) {
        throw new SocketIoParseException("invalid payload");
      }
      return node;
    } catch (JacksonException | RuntimeException e) {
      throw new SocketIoParseException("invalid payload");
    }
  }

  private static boolean isPayloadValid(PacketType type, JsonNode payload) {
    return switch (type) {
      case CONNECT -> payload.isObject();
      case DISCONNECT -> false;
      case CONNECT_ERROR -> payload.isTextual() || payload.isObject();
      case EVENT, BINARY_EVENT ->
          payload.isArray()
              && !payload.isEmpty()
              && (payload.get(0).isNumber()
                  || (payload.get(0).isTextual()
                      && !RESERVED_EVENTS.contains(payload.get(0).textValue())));
      case ACK, BINARY_ACK -> payload.isArray();
    };
  }

  private static SocketIoPacket reconstruct(SocketIoPacket head, List<byte[]> buffers)
      throws SocketIoParseException {
    return head.withData(reconstruct(head.data(), buffers));
  }

  private static JsonNode reconstruct(JsonNode node, List<byte[]> buffers)
      throws SocketIoParseException {
    if (node instanceof ObjectNode object) {
      JsonNode marker = object.get("_placeholder");
      if (marker != null && marker.isBoolean() && marker.booleanValue()) {
        JsonNode num = object.get("num");
        if (num == null || !num.canConvertToExactIntegral()) {
          throw new SocketIoParseException("illegal attachments");
        }
        int index = num.asInt(-1);
        if (!num.canConvertToInt() || index < 0 || index >= buffers.size()) {
          throw new SocketIoParseException("illegal attachments");
        }
        return BinaryNode.valueOf(buffers.get(index));
      }
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        field.setValue(reconstruct(field.getValue(), buffers));
      }
      return object;
    }
    if (node instanceof ArrayNode array) {
      for (int index = 0; index < array.size(); index++) {
        array.set(index, reconstruct(array.get(index), buffers));
      }
      return array;
    }
    return node;
  }
}
