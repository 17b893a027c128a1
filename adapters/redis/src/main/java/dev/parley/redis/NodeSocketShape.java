package dev.parley.redis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.socketio.Handshake;
import dev.parley.socketio.Json;
import dev.parley.socketio.SocketSnapshot;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A socket as Node's adapter sends it in a fetchSockets answer: {@code {id, handshake:{headers,
 * time, address, xdomain, secure, issued, url, query, auth}, rooms, data}}, where {@code time} is
 * JavaScript's {@code Date#toString()} and {@code issued} epoch milliseconds.
 */
final class NodeSocketShape {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final DateTimeFormatter JS_DATE =
      DateTimeFormatter.ofPattern("EEE MMM dd yyyy HH:mm:ss 'GMT'xx", Locale.ROOT);

  private NodeSocketShape() {}

  static ObjectNode toNode(SocketSnapshot socket) {
    Handshake handshake = socket.handshake();
    ObjectNode headers = NODES.objectNode();
    handshake
        .headers()
        .forEach(
            (name, values) ->
                headers.put(name, values.size() == 1 ? values.get(0) : String.join(", ", values)));
    ObjectNode query = NODES.objectNode();
    handshake.query().forEach(query::put);
    ObjectNode shape = NODES.objectNode();
    shape.put("id", socket.id());
    ObjectNode hs = shape.putObject("handshake");
    hs.set("headers", headers);
    hs.put(
        "time",
        JS_DATE.format(handshake.time().atZone(ZoneOffset.UTC)) + " (Coordinated Universal Time)");
    hs.put("address", handshake.address());
    hs.put("xdomain", handshake.xdomain());
    hs.put("secure", handshake.secure());
    hs.put("issued", handshake.issued().toEpochMilli());
    hs.put("url", handshake.url());
    hs.set("query", query);
    hs.set("auth", handshake.auth());
    var rooms = shape.putArray("rooms");
    socket.rooms().forEach(rooms::add);
    ObjectNode data = shape.putObject("data");
    socket
        .data()
        .forEach(
            (key, value) -> {
              try {
                data.set(key, Json.toNode(value));
              } catch (IllegalArgumentException e) {
                // a value Jackson cannot write stays on this node, like a function in Node's data
              }
            });
    return shape;
  }

  /** Reads a socket another node sent; missing or odd fields get neutral values. */
  static SocketSnapshot fromNode(JsonNode shape) {
    JsonNode hs = shape.path("handshake");
    Map<String, List<String>> headers = new LinkedHashMap<>();
    hs.path("headers")
        .properties()
        .forEach(
            field -> {
              List<String> values = new ArrayList<>();
              if (field.getValue().isArray()) {
                field.getValue().forEach(v -> values.add(v.asText()));
              } else {
                values.add(field.getValue().asText());
              }
              headers.put(field.getKey().toLowerCase(Locale.ROOT), List.copyOf(values));
            });
    Map<String, String> query = new LinkedHashMap<>();
    hs.path("query")
        .properties()
        .forEach(field -> query.put(field.getKey(), field.getValue().asText()));
    Instant issued = Instant.ofEpochMilli(hs.path("issued").asLong(0));
    Handshake handshake =
        new Handshake(
            headers,
            query,
            hs.path("address").asText(""),
            hs.path("url").asText(""),
            hs.path("secure").asBoolean(false),
            hs.path("xdomain").asBoolean(false),
            parseJsDate(hs.path("time").asText(""), issued),
            issued,
            hs.path("auth") instanceof ObjectNode auth ? auth : NODES.objectNode());
    Set<String> rooms = new LinkedHashSet<>();
    shape.path("rooms").forEach(room -> rooms.add(room.asText()));
    Map<String, Object> data = new LinkedHashMap<>();
    shape.path("data").properties().forEach(field -> data.put(field.getKey(), field.getValue()));
    return new SocketSnapshot(shape.path("id").asText(""), handshake, rooms, data);
  }

  private static Instant parseJsDate(String text, Instant fallback) {
    int zoneName = text.indexOf(" (");
    String withoutZoneName = zoneName < 0 ? text : text.substring(0, zoneName);
    try {
      return ZonedDateTime.parse(withoutZoneName, JS_DATE).toInstant();
    } catch (DateTimeParseException e) {
      return fallback;
    }
  }
}
