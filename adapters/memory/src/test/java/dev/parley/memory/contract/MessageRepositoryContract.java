package dev.parley.memory.contract;

import static dev.parley.memory.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.User;
import dev.parley.domain.negotiation.AiMetadata;
import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.NewMessage;
import dev.parley.domain.negotiation.Phase;
import dev.parley.domain.negotiation.ReadAs;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.port.MessageRepository;
import dev.parley.domain.terms.Terms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link MessageRepository} promises. */
public abstract class MessageRepositoryContract {
  private MessageRepository messages;
  private UUID negotiation;
  private UUID otherNegotiation;

  protected abstract Stores newStores();

  @BeforeEach
  void setUp() {
    Stores stores = newStores();
    messages = stores.messages();
    User ada = Fixtures.user(stores, "ada@example.org");
    negotiation = Fixtures.negotiation(stores, ada, T0).id();
    otherNegotiation = Fixtures.negotiation(stores, ada, T0).id();
  }

  private NewMessage userMessage(UUID negotiationId, String content) {
    return new NewMessage(
        UUID.randomUUID(), negotiationId, Sender.USER, content, Optional.empty(), Terms.NONE, T0);
  }

  private List<Message> appendMany(UUID negotiationId, int count) {
    List<Message> stored = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      stored.add(messages.append(userMessage(negotiationId, "message " + i)));
    }
    return stored;
  }

  private static List<Long> sequences(List<Message> list) {
    return list.stream().map(Message::sequence).toList();
  }

  @Test
  void appends_get_sequences_from_one_per_negotiation() {
    List<Message> first = appendMany(negotiation, 3);
    Message elsewhere = messages.append(userMessage(otherNegotiation, "hello"));

    assertThat(sequences(first)).containsExactly(1L, 2L, 3L);
    assertThat(elsewhere.sequence()).isEqualTo(1);
    assertThat(messages.count(negotiation)).isEqualTo(3);
    assertThat(messages.count(UUID.randomUUID())).isZero();
  }

  @Test
  void a_message_is_found_by_its_id_within_its_own_negotiation_only() {
    List<Message> stored = appendMany(negotiation, 3);
    Message wanted = stored.get(1);

    assertThat(messages.find(negotiation, wanted.id())).contains(wanted);
    assertThat(messages.find(otherNegotiation, wanted.id())).isEmpty();
    assertThat(messages.find(negotiation, UUID.randomUUID())).isEmpty();
  }

  @Test
  void a_message_reads_back_as_it_was_stored_with_metadata_and_proposal() {
    NewMessage ai =
        new NewMessage(
            UUID.randomUUID(),
            negotiation,
            Sender.AI,
            "I can offer 80,000 with 3 remote days — and ünïcödé.",
            Optional.of(new AiMetadata("rules-v1", "Anchors high.", Phase.DISCUSSION, 0.85)),
            Terms.of(Map.of("salary", 80000.0, "remote_days", 3.0)),
            T0.plusMillis(1234));

    Message stored = messages.append(ai);

    assertThat(stored).isEqualTo(ai.stored(1));
    assertThat(messages.transcript(negotiation)).containsExactly(ai.stored(1));
  }

  @Test
  void a_learners_message_reads_back_with_what_the_reader_took_it_for() {
    Terms read = Terms.of(Map.of("salary", 95000.0));
    NewMessage user =
        new NewMessage(
            UUID.randomUUID(),
            negotiation,
            Sender.USER,
            "how about 95?",
            Optional.empty(),
            Terms.NONE,
            T0,
            Optional.of(new ReadAs(ReadAs.Kind.OFFER, read, 0.6, false)));
    NewMessage question =
        new NewMessage(
            UUID.randomUUID(),
            negotiation,
            Sender.USER,
            "what is the remote policy?",
            Optional.empty(),
            Terms.NONE,
            T0,
            Optional.of(new ReadAs(ReadAs.Kind.QUESTION, Terms.NONE, 1.0, false)));

    messages.append(user);
    messages.append(question);

    assertThat(messages.transcript(negotiation))
        .containsExactly(user.stored(1), question.stored(2));
    assertThat(messages.last(negotiation, 1).getFirst().readAs())
        .contains(new ReadAs(ReadAs.Kind.QUESTION, Terms.NONE, 1.0, false));
  }

  @Test
  void last_gives_the_newest_n_oldest_first() {
    appendMany(negotiation, 7);

    assertThat(sequences(messages.last(negotiation, 3))).containsExactly(5L, 6L, 7L);
    assertThat(sequences(messages.last(negotiation, 50)))
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    assertThat(messages.last(otherNegotiation, 3)).isEmpty();
    assertThat(messages.last(negotiation, 0)).isEmpty();
  }

  @Test
  void before_gives_the_n_nearest_below_a_sequence_oldest_first() {
    appendMany(negotiation, 7);

    assertThat(sequences(messages.before(negotiation, 5, 2))).containsExactly(3L, 4L);
    assertThat(sequences(messages.before(negotiation, 3, 10))).containsExactly(1L, 2L);
    assertThat(messages.before(negotiation, 1, 10)).isEmpty();
    assertThat(sequences(messages.before(negotiation, 100, 2))).containsExactly(6L, 7L);
  }

  @Test
  void after_gives_the_n_nearest_above_a_sequence_oldest_first() {
    appendMany(negotiation, 7);

    assertThat(sequences(messages.after(negotiation, 5, 10))).containsExactly(6L, 7L);
    assertThat(sequences(messages.after(negotiation, 0, 2))).containsExactly(1L, 2L);
    assertThat(messages.after(negotiation, 7, 10)).isEmpty();
  }

  @Test
  void concurrent_appends_to_one_negotiation_get_unique_gap_free_sequences() throws Exception {
    int writers = 8;
    int each = 25;
    List<Callable<List<Message>>> jobs = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      jobs.add(() -> appendMany(negotiation, each));
    }
    List<Message> all = new ArrayList<>();
    try (var pool = Executors.newFixedThreadPool(writers)) {
      for (Future<List<Message>> done : pool.invokeAll(jobs)) {
        List<Message> mine = done.get();
        assertThat(sequences(mine)).isSorted();
        all.addAll(mine);
      }
    }

    long total = (long) writers * each;
    assertThat(sequences(all))
        .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
    assertThat(sequences(messages.transcript(negotiation)))
        .containsExactlyElementsOf(LongStream.rangeClosed(1, total).boxed().toList());
    assertThat(messages.count(negotiation)).isEqualTo(total);
  }
}
