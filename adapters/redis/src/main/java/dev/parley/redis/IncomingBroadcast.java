package dev.parley.redis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.parley.socketio.BroadcastOptions;

/**
 * A broadcast frame another node published: {@code [uid, {type, data, nsp}, {rooms, except,
 * flags}]}.
 */
record IncomingBroadcast(
    String uid, String namespace, ArrayNode data, BroadcastOptions localOptions) {
  private static final int EVENT = 2;
  private static final int BINARY_EVENT = 5;

  static IncomingBroadcast parse(JsonNode frame) throws MalformedFrameException {
    if (!(frame instanceof ArrayNode array) || array.size() < 3) {
      throw new MalformedFrameException("a broadcast is an array [uid, packet, opts]");
    }
    JsonNode packet = array.get(1);
    JsonNode opts = array.get(2);
    if (!packet.isObject() || !opts.isObject()) {
      throw new MalformedFrameException("a broadcast needs a packet map and an opts map");
    }
    int type = packet.path("type").asInt(-1);
    if (type != EVENT && type != BINARY_EVENT) {
      throw new MalformedFrameException(
          "only events are broadcast, got packet type " + packet.path("type"));
    }
    if (!(packet.path("data") instanceof ArrayNode data)
        || data.isEmpty()
        || !data.get(0).isTextual()) {
      throw new MalformedFrameException("an event's data is [name, ...args]");
    }
    JsonNode nsp = packet.path("nsp");
    JsonNode flags = opts.path("flags");
    return new IncomingBroadcast(
        array.get(0).asText(),
        nsp.isTextual() ? nsp.textValue() : "/",
        data,
        new BroadcastOptions(
            RedisRoomAdapter.stringSet(opts.path("rooms")),
            RedisRoomAdapter.stringSet(opts.path("except")),
            new BroadcastOptions.Flags(flags.path("volatile").asBoolean(false), true)));
  }
}
