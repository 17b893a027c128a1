package dev.parley.socketio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;

/** The one JSON configuration of the Socket.IO layer: strict parsing, compact writing. */
public final class Json {
  static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private Json() {}

  public static JsonNodeFactory nodes() {
    return MAPPER.getNodeFactory();
  }

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /**
   * Any application value as a JSON tree: JsonNodes stay as they are, {@code byte[]} becomes a
   * binary attachment, anything else goes through Jackson data binding.
   */
  public static JsonNode toNode(Object value) {
    return switch (value) {
      case null -> NullNode.getInstance();
      case JsonNode node -> node;
      case byte[] bytes -> BinaryNode.valueOf(bytes);
      default -> MAPPER.valueToTree(value);
    };
  }

  /** The event name followed by its arguments, as an EVENT packet carries them. */
  public static ArrayNode eventData(String event, List<?> args) {
    ArrayNode data = array().add(event);
    for (Object arg : args) {
      data.add(toNode(arg));
    }
    return data;
  }

  /** Binds a JSON tree to an application type. */
  public static <T> T convert(JsonNode node, Class<T> type) {
    try {
      return MAPPER.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot read " + type.getSimpleName() + " from JSON", e);
    }
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
