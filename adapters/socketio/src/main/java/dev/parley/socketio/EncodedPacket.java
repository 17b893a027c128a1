package dev.parley.socketio;

import java.util.List;

/**
 * A packet as it goes on the wire: one text message followed by its binary attachments, to be sent
 * as one atomic group.
 */
public record EncodedPacket(String text, List<byte[]> attachments) {
  public EncodedPacket {
    attachments = List.copyOf(attachments);
  }
}
