package dev.parley.plugins.host;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.negotiation.NewMessage;
import dev.parley.domain.persona.Move;
import dev.parley.domain.port.MessageRepository;
import dev.parley.domain.port.NegotiationRepository;
import dev.parley.domain.port.PersonaCatalogue;
import dev.parley.domain.port.RateLimiter;
import dev.parley.domain.port.RoomEvents;
import dev.parley.domain.port.RoomPresence;
import dev.parley.domain.result.Result;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scoring.Scoring;
import dev.parley.domain.usecase.Ports;
import dev.parley.domain.usecase.ProducingTheAiTurn;
import dev.parley.domain.usecase.ProducingTheAiTurn.AiTurn;
import dev.parley.domain.usecase.Settings;
import dev.parley.scenarios.ScenarioLibrary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The domain's AI turn use case over the smallest in-memory ports, so tests can drive a plugin
 * persona exactly as the server will: deadline, failure mapping and move validation included.
 */
final class AiTurns {

  private final Map<UUID, Negotiation> negotiations = new ConcurrentHashMap<>();
  private final List<Message> messages = new ArrayList<>();
  private final ProducingTheAiTurn useCase;
  private final Scenario scenario = ScenarioLibrary.builtIn().find("salary-offer").orElseThrow();

  AiTurns(PersonaCatalogue personas, Duration aiDeadline) {
    Settings defaults = Settings.defaults();
    Settings settings =
        new Settings(
            defaults.maxMessageLength(),
            defaults.messagesPerWindow(),
            defaults.messageWindow(),
            aiDeadline,
            Duration.ZERO, // replies at once: no typing delay in tests
            defaults.historyOnJoin(),
            false);
    Ports ports =
        new Ports(
            new Negotiations(),
            new Messages(),
            event -> {},
            (key, limit, window) -> new RateLimiter.Decision.Allowed(),
            new SilentRoom(),
            new OnePersonPresent(),
            personas,
            ScenarioLibrary.builtIn(),
            UUID::randomUUID,
            Clock.systemUTC());
    useCase = new ProducingTheAiTurn(ports, settings, new Scoring());
  }

  /** A new negotiation against {@code personaId}, and the persona's answer to an opening remark. */
  Result<AiTurn> openingTurn(String personaId) {
    Negotiation negotiation =
        Negotiation.start(UUID.randomUUID(), UUID.randomUUID(), scenario, personaId, Instant.now());
    negotiations.put(negotiation.id(), negotiation);
    return useCase.produce(negotiation.id(), new Move.Talk());
  }

  private final class Negotiations implements NegotiationRepository {
    @Override
    public void create(Negotiation negotiation) {
      negotiations.put(negotiation.id(), negotiation);
    }

    @Override
    public Optional<Negotiation> findById(UUID id) {
      return Optional.ofNullable(negotiations.get(id));
    }

    @Override
    public Optional<Negotiation> findByIdAndOwner(UUID id, UUID userId) {
      return findById(id).filter(n -> n.ownedBy(userId));
    }

    @Override
    public List<Negotiation> listByOwner(UUID userId) {
      return negotiations.values().stream().filter(n -> n.ownedBy(userId)).toList();
    }

    @Override
    public List<Negotiation> listExpiringBy(Instant now, int limit) {
      return List.of();
    }

    @Override
    public SaveOutcome save(Negotiation negotiation) {
      Negotiation saved = negotiation.withVersion(negotiation.version() + 1);
      negotiations.put(negotiation.id(), saved);
      return new SaveOutcome.Saved(saved);
    }
  }

  private final class Messages implements MessageRepository {
    @Override
    public synchronized Message append(NewMessage message) {
      Message stored = message.stored(messages.size() + 1L);
      messages.add(stored);
      return stored;
    }

    @Override
    public synchronized List<Message> last(UUID negotiationId, int n) {
      List<Message> mine = mine(negotiationId);
      return mine.subList(Math.max(0, mine.size() - n), mine.size());
    }

    @Override
    public synchronized List<Message> before(UUID negotiationId, long sequence, int n) {
      return mine(negotiationId).stream().filter(m -> m.sequence() < sequence).limit(n).toList();
    }

    @Override
    public synchronized List<Message> after(UUID negotiationId, long sequence, int n) {
      return mine(negotiationId).stream().filter(m -> m.sequence() > sequence).limit(n).toList();
    }

    @Override
    public synchronized long count(UUID negotiationId) {
      return mine(negotiationId).size();
    }

    private List<Message> mine(UUID negotiationId) {
      return messages.stream().filter(m -> m.negotiationId().equals(negotiationId)).toList();
    }
  }

  private static final class SilentRoom implements RoomEvents {
    @Override
    public void messageReceived(Message message) {}

    @Override
    public void aiTyping(UUID negotiationId, boolean typing, Duration estimatedTime) {}

    @Override
    public void aiMessage(Message message) {}

    @Override
    public void negotiationUpdate(Negotiation negotiation) {}
  }

  /** The person is always in the room: the AI turn does not depend on presence. */
  private static final class OnePersonPresent implements RoomPresence {
    @Override
    public int participantCount(UUID negotiationId) {
      return 1;
    }

    @Override
    public void entered(UUID negotiationId, String connectionId) {}

    @Override
    public void left(UUID negotiationId, String connectionId) {}
  }
}
