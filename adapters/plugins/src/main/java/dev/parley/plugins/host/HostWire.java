package dev.parley.plugins.host;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.parley.domain.negotiation.PendingConfirmation;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.PersonaDescriptor;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.persona.PersonaTurn;
import java.io.UncheckedIOException;

/**
 * The persona host's wire: one JSON object per line, both ways. The server sends requests ({@code
 * list}, {@code reply}, {@code cancel}) with an {@code id}; the host answers each with the same
 * {@code id}. Domain records travel as Jackson writes records; the sealed moves and confirmations
 * carry their simple class name as {@code type}, and only their permitted subclasses are read, so
 * the host cannot make the server instantiate anything else.
 */
final class HostWire {

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  private interface Typed {}

  static final ObjectMapper JSON = mapper();

  private HostWire() {}

  private static ObjectMapper mapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .addMixIn(Move.class, Typed.class)
            .addMixIn(PendingConfirmation.class, Typed.class)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    for (Class<?> sealed : new Class<?>[] {Move.class, PendingConfirmation.class}) {
      for (Class<?> subtype : sealed.getPermittedSubclasses()) {
        mapper.registerSubtypes(new NamedType(subtype, subtype.getSimpleName()));
      }
    }
    return mapper;
  }

  static String line(ObjectNode message) {
    try {
      return JSON.writeValueAsString(message);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  static JsonNode tree(Object value) {
    return JSON.valueToTree(value);
  }

  static JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON line: " + e.getOriginalMessage(), e);
    }
  }

  static PersonaTurn turn(JsonNode node) {
    return as(node, PersonaTurn.class);
  }

  static PersonaReply reply(JsonNode node) {
    return as(node, PersonaReply.class);
  }

  static PersonaDescriptor descriptor(JsonNode node) {
    return as(node, PersonaDescriptor.class);
  }

  private static <T> T as(JsonNode node, Class<T> type) {
    try {
      return JSON.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }
}
