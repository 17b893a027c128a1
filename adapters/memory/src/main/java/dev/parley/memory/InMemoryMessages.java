package dev.parley.memory;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.NewMessage;
import dev.parley.domain.port.MessageRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Messages in one list per negotiation, where index + 1 is the sequence; appends to one negotiation
 * are serialised on its list.
 */
public final class InMemoryMessages implements MessageRepository {
  private final ConcurrentMap<UUID, List<Message>> byNegotiation = new ConcurrentHashMap<>();

  @Override
  public Message append(NewMessage message) {
    List<Message> transcript =
        byNegotiation.computeIfAbsent(message.negotiationId(), id -> new ArrayList<>());
    synchronized (transcript) {
      Message stored = message.stored(transcript.size() + 1L);
      transcript.add(stored);
      return stored;
    }
  }

  @Override
  public List<Message> last(UUID negotiationId, int n) {
    return slice(negotiationId, Long.MAX_VALUE, n);
  }

  @Override
  public List<Message> before(UUID negotiationId, long sequence, int n) {
    return slice(negotiationId, sequence, n);
  }

  @Override
  public List<Message> after(UUID negotiationId, long sequence, int n) {
    List<Message> transcript = byNegotiation.get(negotiationId);
    if (transcript == null || n <= 0) {
      return List.of();
    }
    synchronized (transcript) {
      int from = (int) Math.min(Math.max(sequence, 0), transcript.size());
      int to = (int) Math.min((long) from + n, transcript.size());
      return List.copyOf(transcript.subList(from, to));
    }
  }

  @Override
  public long count(UUID negotiationId) {
    List<Message> transcript = byNegotiation.get(negotiationId);
    if (transcript == null) {
      return 0;
    }
    synchronized (transcript) {
      return transcript.size();
    }
  }

  /**
   * Up to {@code n} messages with a sequence below {@code below}, the nearest ones, oldest first.
   */
  private List<Message> slice(UUID negotiationId, long below, int n) {
    List<Message> transcript = byNegotiation.get(negotiationId);
    if (transcript == null || n <= 0) {
      return List.of();
    }
    synchronized (transcript) {
      int to = (int) Math.min(Math.max(below - 1, 0), transcript.size());
      int from = Math.max(0, to - n);
      return List.copyOf(transcript.subList(from, to));
    }
  }
}
