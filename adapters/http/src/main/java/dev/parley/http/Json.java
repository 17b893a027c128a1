package dev.parley.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.parley.domain.terms.Terms;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/** JSON in and out: snake_case field names, records as objects, strict about what comes in. */
final class Json {
  /** Request bodies are small forms; anything bigger is refused before parsing. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .registerModule(new Jdk8Module())
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .registerModule(domainValues());

  /**
   * How domain values read on the wire when a record of the domain is written whole (the debrief):
   * terms as their map of issue to value, enum constants in lower case as everywhere else.
   */
  private static SimpleModule domainValues() {
    SimpleModule module = new SimpleModule("parley-domain-values");
    module.addSerializer(
        Terms.class,
        new StdSerializer<>(Terms.class) {
          @Override
          public void serialize(Terms terms, JsonGenerator out, SerializerProvider provider)
              throws IOException {
            provider.defaultSerializeValue(terms.values(), out);
          }
        });
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<Enum<?>> enums = (Class) Enum.class;
    module.addSerializer(
        enums,
        new StdSerializer<>(enums) {
          @Override
          public void serialize(Enum<?> value, JsonGenerator out, SerializerProvider provider)
              throws IOException {
            out.writeString(value.name().toLowerCase(Locale.ROOT));
          }
        });
    return module;
  }

  private Json() {}

  static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The request body as a JSON object; a 400 when it is missing, too large or not an object. */
  static JsonNode readObject(InputStream body) {
    byte[] bytes;
    try {
      bytes = body.readNBytes(MAX_BODY_BYTES + 1);
    } catch (IOException e) {
      throw new ApiError(400, "INVALID_JSON", "The request body could not be read");
    }
    if (bytes.length > MAX_BODY_BYTES) {
      throw new ApiError(
          413, "PAYLOAD_TOO_LARGE", "The request body is larger than " + MAX_BODY_BYTES + " bytes");
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new ApiError(400, "INVALID_JSON", "The request body is not valid JSON");
    }
    if (node == null || !node.isObject()) {
      throw new ApiError(400, "INVALID_JSON", "The request body must be a JSON object");
    }
    return node;
  }

  /** A string field; null when absent or null; a 400 when it has another type. */
  static String optionalText(JsonNode object, String field) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw ApiError.badRequest(field + " must be a string");
    }
    return value.asText();
  }

  /** A string field that must be present and not blank. */
  static String requiredText(JsonNode object, String field) {
    String value = optionalText(object, field);
    if (value == null || value.isBlank()) {
      throw ApiError.badRequest(field + " is required");
    }
    return value;
  }
}
