package dev.parley.domain.negotiation;

import dev.parley.domain.terms.Terms;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A stored chat message. {@code sequence} is assigned by the repository, increasing by one per
 * negotiation from 1. {@code proposal} is what this message put on the table, if anything.
 */
public record Message(
    UUID id,
    UUID negotiationId,
    long sequence,
    Sender sender,
    String content,
    Optional<AiMetadata> aiMetadata,
    Terms proposal,
    Instant createdAt,
    boolean read,
    Optional<ReadAs> readAs) {

  /** A message with no reading kept (the AI's, or one stored before readings were kept). */
  public Message(
      UUID id,
      UUID negotiationId,
      long sequence,
      Sender sender,
      String content,
      Optional<AiMetadata> aiMetadata,
      Terms proposal,
      Instant createdAt,
      boolean read) {
    this(
        id,
        negotiationId,
        sequence,
        sender,
        content,
        aiMetadata,
        proposal,
        createdAt,
        read,
        Optional.empty());
  }

  public Message {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(negotiationId, "negotiationId");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(aiMetadata, "aiMetadata");
    Objects.requireNonNull(proposal, "proposal");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(readAs, "readAs");
  }
}
