package dev.parley.memory.contract;

import static dev.parley.memory.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.User;
import dev.parley.domain.negotiation.FinalScore;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.negotiation.NegotiationStatus;
import dev.parley.domain.negotiation.Phase;
import dev.parley.domain.port.NegotiationRepository;
import dev.parley.domain.port.NegotiationRepository.OwnerPosition;
import dev.parley.domain.port.NegotiationRepository.SaveOutcome;
import dev.parley.domain.result.Result;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.terms.Terms;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link NegotiationRepository} promises. */
public abstract class NegotiationRepositoryContract {
  private Stores stores;
  private NegotiationRepository negotiations;
  private User ada;
  private User bob;

  protected abstract Stores newStores();

  @BeforeEach
  void setUp() {
    stores = newStores();
    negotiations = stores.negotiations();
    ada = Fixtures.user(stores, "ada@example.org");
    bob = Fixtures.user(stores, "bob@example.org");
  }

  private static <T> T ok(Result<T> result) {
    assertThat(result.isOk()).as("%s", result).isTrue();
    return ((Result.Ok<T>) result).value();
  }

  @Test
  void a_created_negotiation_is_found_as_it_was_given() {
    Negotiation created = Fixtures.negotiation(stores, ada, T0);

    assertThat(negotiations.findById(created.id())).contains(created);
    assertThat(negotiations.findById(UUID.randomUUID())).isEmpty();
  }

  @Test
  void creating_the_same_id_twice_is_refused() {
    Negotiation created = Fixtures.negotiation(stores, ada, T0);

    assertThatThrownBy(() -> negotiations.create(created))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void another_users_negotiation_looks_absent() {
    Negotiation adas = Fixtures.negotiation(stores, ada, T0);

    assertThat(negotiations.findByIdAndOwner(adas.id(), ada.id())).contains(adas);
    assertThat(negotiations.findByIdAndOwner(adas.id(), bob.id())).isEmpty();
  }

  @Test
  void a_users_list_holds_only_their_negotiations_newest_first() {
    Negotiation first = Fixtures.negotiation(stores, ada, T0);
    Negotiation second = Fixtures.negotiation(stores, ada, T0.plusSeconds(60));
    Fixtures.negotiation(stores, bob, T0.plusSeconds(30));

    assertThat(negotiations.listByOwner(ada.id())).containsExactly(second, first);
    assertThat(negotiations.listByOwner(UUID.randomUUID())).isEmpty();
  }

  @Test
  void a_users_list_pages_newest_first_from_where_the_last_page_ended() {
    List<Negotiation> made = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      made.add(Fixtures.negotiation(stores, ada, T0.plusSeconds(i)));
    }
    // two created at the same instant: the id orders them
    made.add(Fixtures.negotiation(stores, ada, T0.plusSeconds(4)));
    Fixtures.negotiation(stores, bob, T0.plusSeconds(2));
    List<Negotiation> newestFirst = negotiations.listByOwner(ada.id());

    List<Negotiation> first = negotiations.pageByOwner(ada.id(), Optional.empty(), 4);
    List<Negotiation> second =
        negotiations.pageByOwner(
            ada.id(), Optional.of(OwnerPosition.of(first.get(first.size() - 1))), 4);
    List<Negotiation> none =
        negotiations.pageByOwner(
            ada.id(), Optional.of(OwnerPosition.of(second.get(second.size() - 1))), 4);

    assertThat(newestFirst).hasSize(6).containsExactlyInAnyOrderElementsOf(made);
    assertThat(first).containsExactlyElementsOf(newestFirst.subList(0, 4));
    assertThat(second).containsExactlyElementsOf(newestFirst.subList(4, 6));
    assertThat(none).isEmpty();
  }

  @Test
  void only_open_negotiations_count_against_the_owner() {
    Negotiation open = Fixtures.negotiation(stores, ada, T0);
    Negotiation paused = Fixtures.negotiation(stores, ada, T0.plusSeconds(1));
    Negotiation walkedAway = Fixtures.negotiation(stores, ada, T0.plusSeconds(2));
    Fixtures.negotiation(stores, bob, T0);
    negotiations.save(ok(paused.pause(T0.plusSeconds(3))));
    negotiations.save(
        ok(walkedAway.walkAway(Side.PERSON, FinalScore.of(0, 0, 50), T0.plusSeconds(4))));

    assertThat(open.status().isFinal()).isFalse();
    assertThat(negotiations.countOpenByOwner(ada.id())).isEqualTo(2);
    assertThat(negotiations.countOpenByOwner(UUID.randomUUID())).isZero();
  }

  @Test
  void every_field_survives_a_save_including_terms_deal_and_score() {
    Negotiation created = Fixtures.negotiation(stores, ada, T0);
    String issue = Fixtures.SCENARIO.issues().get(0).key();
    double value = Fixtures.SCENARIO.issues().get(0).min();
    Negotiation tabled =
        ok(created.table(Side.PERSON, Terms.of(java.util.Map.of(issue, value)), T0.plusSeconds(5)));
    Negotiation played = ok(tabled.completeRound(Phase.DISCUSSION, T0.plusSeconds(6)));
    Negotiation agreed =
        ok(played.agree(Side.PERSONA, FinalScore.of(85, 70, 90), T0.plusSeconds(7)));

    SaveOutcome outcome = negotiations.save(agreed);

    Negotiation expected = agreed.withVersion(agreed.version() + 1);
    assertThat(outcome).isEqualTo(new SaveOutcome.Saved(expected));
    assertThat(negotiations.findById(created.id())).contains(expected);
    assertThat(expected.status()).isEqualTo(NegotiationStatus.COMPLETED);
    assertThat(expected.dealTerms()).isPresent();
    assertThat(expected.finalScore()).contains(FinalScore.of(85, 70, 90));
    assertThat(expected.tabledBy()).contains(Side.PERSON);
  }

  @Test
  void a_save_from_a_stale_copy_is_a_conflict_and_writes_nothing() {
    Negotiation created = Fixtures.negotiation(stores, ada, T0);
    Negotiation paused = ok(created.pause(T0.plusSeconds(1)));
    Negotiation savedFirst = ((SaveOutcome.Saved) negotiations.save(paused)).negotiation();

    Negotiation staleChange = ok(created.completeRound(Phase.CLOSING, T0.plusSeconds(2)));
    SaveOutcome outcome = negotiations.save(staleChange);

    assertThat(outcome).isEqualTo(new SaveOutcome.Conflict(savedFirst));
    assertThat(negotiations.findById(created.id())).contains(savedFirst);
  }

  @Test
  void saving_an_unknown_negotiation_reports_it_missing() {
    Negotiation never = Negotiation.start(UUID.randomUUID(), ada.id(), Fixtures.SCENARIO, "p", T0);

    assertThat(negotiations.save(never)).isEqualTo(new SaveOutcome.Missing());
    assertThat(negotiations.findById(never.id())).isEmpty();
  }

  @Test
  void expiring_lists_open_negotiations_due_by_now_oldest_expiry_first_within_the_limit() {
    Duration limit = Fixtures.SCENARIO.timeLimit();
    Negotiation early = Fixtures.negotiation(stores, ada, T0);
    Negotiation later = Fixtures.negotiation(stores, bob, T0.plusSeconds(10));
    Negotiation notYet = Fixtures.negotiation(stores, ada, T0.plusSeconds(3600));
    Negotiation paused =
        ok(Fixtures.negotiation(stores, bob, T0.plusSeconds(5)).pause(T0.plusSeconds(6)));
    negotiations.save(paused);
    Negotiation done =
        ok(
            Fixtures.negotiation(stores, ada, T0)
                .completeForDevelopment(false, FinalScore.of(1, 2, 3), T0.plusSeconds(1)));
    negotiations.save(done);
    var now = T0.plus(limit).plusSeconds(20);

    assertThat(negotiations.listExpiringBy(now, 10))
        .extracting(Negotiation::id)
        .containsExactly(early.id(), paused.id(), later.id())
        .doesNotContain(notYet.id(), done.id());
    assertThat(negotiations.listExpiringBy(now, 2))
        .extracting(Negotiation::id)
        .containsExactly(early.id(), paused.id());
  }
}
