package dev.parley.domain.negotiation;

import dev.parley.domain.terms.Terms;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A message about to be appended; the repository assigns its sequence. {@code proposal} is what the
 * message put on the table ({@link Terms#NONE} when it proposed nothing).
 */
public record NewMessage(
    UUID id,
    UUID negotiationId,
    Sender sender,
    String content,
    Optional<AiMetadata> aiMetadata,
    Terms proposal,
    Instant createdAt,
    Optional<ReadAs> readAs) {

  /** A message with no reading to keep. */
  public NewMessage(
      UUID id,
      UUID negotiationId,
      Sender sender,
      String content,
      Optional<AiMetadata> aiMetadata,
      Terms proposal,
      Instant createdAt) {
    this(id, negotiationId, sender, content, aiMetadata, proposal, createdAt, Optional.empty());
  }

  public NewMessage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(negotiationId, "negotiationId");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(aiMetadata, "aiMetadata");
    Objects.requireNonNull(proposal, "proposal");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(readAs, "readAs");
  }

  /** The stored message once the repository has given it its sequence. */
  public Message stored(long sequence) {
    return new Message(
        id,
        negotiationId,
        sequence,
        sender,
        content,
        aiMetadata,
        proposal,
        createdAt,
        false,
        readAs);
  }
}
