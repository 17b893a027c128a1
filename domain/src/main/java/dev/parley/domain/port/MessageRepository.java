package dev.parley.domain.port;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.NewMessage;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where chat messages are kept. Sequences are per negotiation, start at 1 and grow by one with each
 * append, also when several nodes append concurrently. Lists are always oldest first.
 */
public interface MessageRepository {

  /** Stores the message, assigning the next sequence of its negotiation, and returns it stored. */
  Message append(NewMessage message);

  /** The last {@code n} messages of the negotiation, oldest first. */
  List<Message> last(UUID negotiationId, int n);

  /**
   * Up to {@code n} messages with a sequence below {@code sequence}: the {@code n} nearest to it,
   * oldest first.
   */
  List<Message> before(UUID negotiationId, long sequence, int n);

  /**
   * Up to {@code n} messages with a sequence above {@code sequence}, oldest first (a client
   * catching up).
   */
  List<Message> after(UUID negotiationId, long sequence, int n);

  long count(UUID negotiationId);

  /** The message with this id in this negotiation, if one is stored. */
  default Optional<Message> find(UUID negotiationId, UUID messageId) {
    return transcript(negotiationId).stream().filter(m -> m.id().equals(messageId)).findFirst();
  }

  /** The whole transcript, oldest first. */
  default List<Message> transcript(UUID negotiationId) {
    return after(negotiationId, 0, Integer.MAX_VALUE);
  }
}
