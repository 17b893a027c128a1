package dev.parley.redis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessageFormat;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.ValueType;

/**
 * msgpack as notepack.io writes and reads it, to and from Jackson trees: integers in their smallest
 * form, other numbers as float64, binary as bin, maps with string keys in order. Reading also
 * accepts what notepack reads: timestamps (as the ISO string JSON.stringify would give), the legacy
 * {@code undefined} and ArrayBuffer extensions, other extensions as {@code [type, bin]}.
 */
public final class MsgPack {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_DEPTH = 100;
  private static final double MAX_JS_DATE_MILLIS = 8.64e15;
  private static final DateTimeFormatter JS_ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private MsgPack() {}

  public static byte[] encode(JsonNode value) {
    try (MessageBufferPacker packer = MessagePack.newDefaultBufferPacker()) {
      pack(packer, value);
      return packer.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("msgpack to memory cannot fail", e);
    }
  }

  private static void pack(MessageBufferPacker packer, JsonNode value) throws IOException {
    switch (value.getNodeType()) {
      case NULL, MISSING -> packer.packNil();
      case BOOLEAN -> packer.packBoolean(value.booleanValue());
      case STRING -> packer.packString(value.textValue());
      case BINARY -> {
        byte[] bytes = value.binaryValue();
        packer.packBinaryHeader(bytes.length);
        packer.writePayload(bytes);
      }
      case NUMBER -> packNumber(packer, value);
      case ARRAY -> {
        packer.packArrayHeader(value.size());
        for (JsonNode element : value) {
          pack(packer, element);
        }
      }
      case OBJECT -> {
        packer.packMapHeader(value.size());
        for (Map.Entry<String, JsonNode> field : value.properties()) {
          packer.packString(field.getKey());
          pack(packer, field.getValue());
        }
      }
      case POJO -> packer.packString(value.asText());
    }
  }

  /** JavaScript has one number type: whatever holds an integer is written as one. */
  private static void packNumber(MessageBufferPacker packer, JsonNode value) throws IOException {
    if (value.canConvertToExactIntegral() && value.canConvertToLong()) {
      packer.packLong(value.longValue());
      return;
    }
    double number = value.doubleValue();
    if (Double.isFinite(number)
        && number == Math.rint(number)
        && Math.abs(number) < 0x1p63) { // within long, so packLong is exact
      packer.packLong((long) number);
    } else {
      packer.packDouble(number);
    }
  }

  /**
   * Reads one msgpack value that must fill the whole frame.
   *
   * @throws MalformedFrameException for anything else; never another exception
   */
  public static JsonNode decode(byte[] frame) throws MalformedFrameException {
    try (MessageUnpacker unpacker = MessagePack.newDefaultUnpacker(frame)) {
      if (!unpacker.hasNext()) {
        throw new MalformedFrameException("empty msgpack frame");
      }
      JsonNode value = unpack(unpacker, frame.length, 0);
      if (unpacker.hasNext()) {
        throw new MalformedFrameException("trailing bytes after the msgpack value");
      }
      return value.isMissingNode() ? NODES.nullNode() : value;
    } catch (MalformedFrameException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new MalformedFrameException("malformed msgpack: " + e.getMessage(), e);
    }
  }

  /** One value; {@link MissingNode} stands for JavaScript's {@code undefined}. */
  private static JsonNode unpack(MessageUnpacker unpacker, int frameLength, int depth)
      throws IOException, MalformedFrameException {
    if (depth > MAX_DEPTH) {
      throw new MalformedFrameException("msgpack nested deeper than " + MAX_DEPTH);
    }
    ValueType type = unpacker.getNextFormat().getValueType();
    return switch (type) {
      case NIL -> {
        unpacker.unpackNil();
        yield NODES.nullNode();
      }
      case BOOLEAN -> NODES.booleanNode(unpacker.unpackBoolean());
      case INTEGER -> integer(unpacker.unpackBigInteger());
      case FLOAT -> NODES.numberNode(unpacker.unpackDouble());
      case STRING ->
          NODES.textNode(
              new String(
                  payload(unpacker, frameLength, unpacker.unpackRawStringHeader()),
                  StandardCharsets.UTF_8));
      case BINARY ->
          NODES.binaryNode(payload(unpacker, frameLength, unpacker.unpackBinaryHeader()));
      case ARRAY -> {
        int size = unpacker.unpackArrayHeader();
        requireAvailable(unpacker, frameLength, size);
        ArrayNode array = NODES.arrayNode();
        for (int i = 0; i < size; i++) {
          JsonNode element = unpack(unpacker, frameLength, depth + 1);
          array.add(element.isMissingNode() ? NODES.nullNode() : element);
        }
        yield array;
      }
      case MAP -> {
        int size = unpacker.unpackMapHeader();
        requireAvailable(unpacker, frameLength, size);
        ObjectNode object = NODES.objectNode();
        for (int i = 0; i < size; i++) {
          JsonNode key = unpack(unpacker, frameLength, depth + 1);
          JsonNode value = unpack(unpacker, frameLength, depth + 1);
          if (!value.isMissingNode()) {
            object.set(key.isTextual() ? key.textValue() : key.asText(), value);
          }
        }
        yield object;
      }
      case EXTENSION -> extension(unpacker, frameLength);
    };
  }

  /** A claimed size larger than what is left cannot be honest: refused before allocating. */
  private static void requireAvailable(MessageUnpacker unpacker, int frameLength, long size)
      throws MalformedFrameException {
    if (size < 0 || size > frameLength - unpacker.getTotalReadBytes()) {
      throw new MalformedFrameException("msgpack claims " + size + " more entries or bytes");
    }
  }

  private static byte[] payload(MessageUnpacker unpacker, int frameLength, int length)
      throws IOException, MalformedFrameException {
    requireAvailable(unpacker, frameLength, length);
    return unpacker.readPayload(length);
  }

  private static JsonNode integer(BigInteger value) {
    if (value.bitLength() < 32) {
      return NODES.numberNode(value.intValue());
    }
    if (value.bitLength() < 64) {
      return NODES.numberNode(value.longValue());
    }
    return NODES.numberNode(value.doubleValue()); // as notepack: a uint64 becomes a JS number
  }

  private static JsonNode extension(MessageUnpacker unpacker, int frameLength)
      throws IOException, MalformedFrameException {
    MessageFormat format = unpacker.getNextFormat();
    var header = unpacker.unpackExtensionTypeHeader();
    byte[] payload = payload(unpacker, frameLength, header.getLength());
    byte type = header.getType();
    if (type == 0 && format == MessageFormat.FIXEXT1) {
      return MissingNode.getInstance(); // notepack's legacy undefined (d4 00 00)
    }
    if (type == 0 && format == MessageFormat.FIXEXT8) {
      return date(ByteBuffer.wrap(payload).getLong()); // notepack's legacy date (d7 00)
    }
    if (type == 0
        && (format == MessageFormat.EXT8
            || format == MessageFormat.EXT16
            || format == MessageFormat.EXT32)) {
      return new BinaryNode(payload); // notepack's legacy ArrayBuffer
    }
    if (type == -1) {
      return timestamp(payload);
    }
    return NODES.arrayNode().add(type).add(NODES.binaryNode(payload));
  }

  private static JsonNode timestamp(byte[] payload) {
    ByteBuffer bytes = ByteBuffer.wrap(payload);
    return switch (payload.length) {
      case 4 -> date((bytes.getInt() & 0xffffffffL) * 1000);
      case 8 -> {
        long word = bytes.getLong();
        long seconds = word & 0x3ffffffffL;
        long nanos = word >>> 34;
        yield date(seconds * 1000 + nanos / 1_000_000);
      }
      case 12 -> {
        long nanos = bytes.getInt() & 0xffffffffL;
        long seconds = bytes.getLong();
        yield Math.abs((double) seconds) * 1000 > MAX_JS_DATE_MILLIS
            ? NODES.nullNode()
            : date(seconds * 1000 + nanos / 1_000_000);
      }
      default -> NODES.arrayNode().add(-1).add(NODES.binaryNode(payload));
    };
  }

  /** A JavaScript Date as JSON.stringify writes it; an invalid Date becomes null. */
  private static JsonNode date(long epochMillis) {
    if (Math.abs((double) epochMillis) > MAX_JS_DATE_MILLIS) {
      return NODES.nullNode();
    }
    return NODES.textNode(JS_ISO.format(Instant.ofEpochMilli(epochMillis)));
  }
}
