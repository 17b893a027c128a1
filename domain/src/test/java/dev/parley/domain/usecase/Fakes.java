package dev.parley.domain.usecase;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.negotiation.NegotiationStatus;
import dev.parley.domain.negotiation.NewMessage;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaDescriptor;
import dev.parley.domain.port.AuditEvent;
import dev.parley.domain.port.AuditTrail;
import dev.parley.domain.port.IdGenerator;
import dev.parley.domain.port.MessageRepository;
import dev.parley.domain.port.NegotiationRepository;
import dev.parley.domain.port.PersonaCatalogue;
import dev.parley.domain.port.RateLimiter;
import dev.parley.domain.port.RoomEvents;
import dev.parley.domain.port.RoomPresence;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** In-test fakes of the ports: simple, in memory, and faithful to the ports' stated behaviour. */
final class Fakes {
  private Fakes() {}

  static final class Negotiations implements NegotiationRepository {
    final Map<UUID, Negotiation> stored = new ConcurrentHashMap<>();

    /** Saves to answer with a conflict first (simulating another node saving first). */
    int conflictsToSimulate;

    @Override
    public void create(Negotiation negotiation) {
      if (stored.putIfAbsent(negotiation.id(), negotiation) != null) {
        throw new IllegalStateException("exists: " + negotiation.id());
      }
    }

    @Override
    public Optional<Negotiation> findById(UUID id) {
      return Optional.ofNullable(stored.get(id));
    }

    @Override
    public Optional<Negotiation> findByIdAndOwner(UUID id, UUID userId) {
      return findById(id).filter(negotiation -> negotiation.userId().equals(userId));
    }

    @Override
    public List<Negotiation> listByOwner(UUID userId) {
      return stored.values().stream()
          .filter(negotiation -> negotiation.userId().equals(userId))
          .sorted(Comparator.comparing(Negotiation::createdAt).reversed())
          .toList();
    }

    @Override
    public List<Negotiation> listExpiringBy(Instant now, int limit) {
      return stored.values().stream()
          .filter(negotiation -> !negotiation.status().isFinal())
          .filter(negotiation -> !negotiation.expiresAt().isAfter(now))
          .sorted(Comparator.comparing(Negotiation::expiresAt))
          .limit(limit)
          .toList();
    }

    @Override
    public synchronized SaveOutcome save(Negotiation negotiation) {
      Negotiation current = stored.get(negotiation.id());
      if (current == null) {
        return new SaveOutcome.Missing();
      }
      if (conflictsToSimulate > 0) {
        conflictsToSimulate--;
        Negotiation theirs = current.withVersion(current.version() + 1);
        stored.put(theirs.id(), theirs);
        return new SaveOutcome.Conflict(theirs);
      }
      if (current.version() != negotiation.version()) {
        return new SaveOutcome.Conflict(current);
      }
      Negotiation saved = negotiation.withVersion(negotiation.version() + 1);
      stored.put(saved.id(), saved);
      return new SaveOutcome.Saved(saved);
    }

    NegotiationStatus statusOf(UUID id) {
      return stored.get(id).status();
    }
  }

  static final class Messages implements MessageRepository {
    final Map<UUID, List<Message>> byNegotiation = new HashMap<>();

    @Override
    public synchronized Message append(NewMessage message) {
      List<Message> list =
          byNegotiation.computeIfAbsent(message.negotiationId(), id -> new ArrayList<>());
      Message stored = message.stored(list.size() + 1L);
      list.add(stored);
      return stored;
    }

    @Override
    public synchronized List<Message> last(UUID negotiationId, int n) {
      List<Message> list = all(negotiationId);
      return List.copyOf(list.subList(Math.max(0, list.size() - n), list.size()));
    }

    @Override
    public synchronized List<Message> before(UUID negotiationId, long sequence, int n) {
      List<Message> older =
          all(negotiationId).stream().filter(message -> message.sequence() < sequence).toList();
      return List.copyOf(older.subList(Math.max(0, older.size() - n), older.size()));
    }

    @Override
    public synchronized List<Message> after(UUID negotiationId, long sequence, int n) {
      return all(negotiationId).stream()
          .filter(message -> message.sequence() > sequence)
          .limit(n)
          .toList();
    }

    @Override
    public synchronized long count(UUID negotiationId) {
      return all(negotiationId).size();
    }

    synchronized List<Message> all(UUID negotiationId) {
      return List.copyOf(byNegotiation.getOrDefault(negotiationId, List.of()));
    }
  }

  static final class Audit implements AuditTrail {
    final List<AuditEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditEvent event) {
      events.add(event);
    }
  }

  /** A fixed-window counter per key, on the test's clock. */
  static final class WindowRateLimiter implements RateLimiter {
    private final Clock clock;
    private final Map<String, Deque<Instant>> uses = new HashMap<>();

    WindowRateLimiter(Clock clock) {
      this.clock = clock;
    }

    @Override
    public synchronized Decision tryAcquire(String key, int limit, Duration window) {
      Instant now = clock.instant();
      Deque<Instant> taken = uses.computeIfAbsent(key, k -> new ArrayDeque<>());
      while (!taken.isEmpty() && !taken.peekFirst().plus(window).isAfter(now)) {
        taken.removeFirst();
      }
      if (taken.size() >= limit) {
        return new Decision.Limited(Duration.between(now, taken.peekFirst().plus(window)));
      }
      taken.addLast(now);
      return new Decision.Allowed();
    }
  }

  /** Records what the room was told, as readable lines, and when (by the test's clock). */
  static final class Room implements RoomEvents {
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<Negotiation> updates = new CopyOnWriteArrayList<>();

    /** Every event with the clock's time and, for {@code ai-typing true}, its estimate. */
    record Told(String event, Instant at, Duration estimate) {}

    final List<Told> told = new CopyOnWriteArrayList<>();
    private final Clock clock;

    Room(Clock clock) {
      this.clock = clock;
    }

    private void tell(String event, Duration estimate) {
      events.add(event);
      told.add(new Told(event, clock.instant(), estimate));
    }

    @Override
    public void messageReceived(Message message) {
      tell("message-received " + message.content(), Duration.ZERO);
    }

    @Override
    public void aiTyping(UUID negotiationId, boolean typing, Duration estimatedTime) {
      tell("ai-typing " + typing, estimatedTime);
    }

    @Override
    public void aiMessage(Message message) {
      tell("ai-message " + message.content(), Duration.ZERO);
    }

    @Override
    public void negotiationUpdate(Negotiation negotiation) {
      tell("negotiation-update " + negotiation.status(), Duration.ZERO);
      updates.add(negotiation);
    }

    final List<dev.parley.domain.debrief.Debrief> endings = new CopyOnWriteArrayList<>();

    @Override
    public void negotiationEnded(
        Negotiation negotiation, Optional<dev.parley.domain.debrief.Debrief> debrief) {
      debrief.ifPresent(endings::add);
      negotiationUpdate(negotiation);
    }
  }

  /** Debriefs by negotiation, the first kept. */
  static final class Debriefs implements dev.parley.domain.port.DebriefRepository {
    final Map<UUID, dev.parley.domain.debrief.Debrief> byId = new ConcurrentHashMap<>();

    @Override
    public void save(UUID negotiationId, dev.parley.domain.debrief.Debrief debrief) {
      byId.putIfAbsent(negotiationId, debrief);
    }

    @Override
    public Optional<dev.parley.domain.debrief.Debrief> find(UUID negotiationId) {
      return Optional.ofNullable(byId.get(negotiationId));
    }
  }

  static final class Presence implements RoomPresence {
    final Map<UUID, Integer> counts = new ConcurrentHashMap<>();

    @Override
    public int participantCount(UUID negotiationId) {
      return counts.getOrDefault(negotiationId, 0);
    }

    @Override
    public void entered(UUID negotiationId, String connectionId) {
      counts.merge(negotiationId, 1, Integer::sum);
    }

    @Override
    public void left(UUID negotiationId, String connectionId) {
      counts.merge(negotiationId, -1, Integer::sum);
    }
  }

  static final class Personas implements PersonaCatalogue {
    final Map<String, Persona> byId = new ConcurrentHashMap<>();

    @Override
    public List<PersonaDescriptor> descriptors() {
      return byId.values().stream().map(Persona::descriptor).toList();
    }

    @Override
    public Optional<Persona> find(String personaId) {
      return Optional.ofNullable(byId.get(personaId));
    }
  }

  /** A clock the test moves by hand. */
  /**
   * A {@link ReplyPacing.Pause} that waits no wall-clock time: it records each delay, runs what the
   * test wants done meanwhile (on the turn's thread, without its lock), and moves the clock on.
   */
  static final class RecordedPause implements ReplyPacing.Pause {
    final List<Duration> delays = new CopyOnWriteArrayList<>();
    private final TestClock clock;

    /** Runs during the next wait only. */
    volatile Runnable meanwhile = () -> {};

    RecordedPause(TestClock clock) {
      this.clock = clock;
    }

    @Override
    public boolean mayWaitHere() {
      return true;
    }

    @Override
    public void await(Duration delay) {
      delays.add(delay);
      Runnable now = meanwhile;
      meanwhile = () -> {};
      now.run();
      clock.advance(delay);
    }
  }

  static final class TestClock extends Clock {
    private volatile Instant now;

    TestClock(Instant start) {
      this.now = start;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  static IdGenerator sequentialIds() {
    AtomicLong next = new AtomicLong(1);
    return () -> new UUID(0xABCDL, next.getAndIncrement());
  }

  /**
   * A tiny stand-in for the offer reader: "salary 85000" proposes ("maybe salary 85000" unsure of
   * it), "accept", "confirm" or a leading "yes" accepts, "walk away" walks away, a "?" asks;
   * anything else is talk.
   */
  static final class ScriptedReading implements ChatReading {
    private static final Pattern TERM = Pattern.compile("([a-z_]+) (\\d+(?:\\.\\d+)?)");

    @Override
    public Reading read(String text, Scenario scenario, Terms onTable, Instant now) {
      String lower = text.toLowerCase(Locale.ROOT);
      Move move = moveOf(lower, scenario);
      return new Reading(move, lower.startsWith("maybe") ? 0.5 : 1.0);
    }

    private static Move moveOf(String lower, Scenario scenario) {
      if (lower.contains("walk away")) {
        return new Move.WalkAway();
      }
      if (lower.contains("accept") || lower.contains("confirm") || lower.startsWith("yes")) {
        return new Move.Accept();
      }
      Terms terms = Terms.NONE;
      Matcher matcher = TERM.matcher(lower);
      while (matcher.find()) {
        if (scenario.issue(matcher.group(1)).isPresent()) {
          terms = terms.with(matcher.group(1), Double.parseDouble(matcher.group(2)));
        }
      }
      if (!terms.isEmpty()) {
        return new Move.CounterOffer(terms);
      }
      return lower.contains("?") ? new Move.Ask() : new Move.Talk();
    }
  }
}
