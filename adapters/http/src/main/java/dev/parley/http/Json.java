package dev.parley.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** JSON in and out: snake_case field names, records as objects, strict about what comes in. */
final class Json {
  /** Request bodies are small forms; anything bigger is refused before parsing. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

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
