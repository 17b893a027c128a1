package dev.parley.memory.contract;

import static dev.parley.memory.contract.Fixtures.SCENARIO;
import static dev.parley.memory.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.account.User;
import dev.parley.domain.debrief.Debrief;
import dev.parley.domain.debrief.Debriefing;
import dev.parley.domain.debrief.Ending;
import dev.parley.domain.negotiation.AiMetadata;
import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Phase;
import dev.parley.domain.negotiation.ReadAs;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.port.DebriefRepository;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scoring.Scoring;
import dev.parley.domain.terms.Terms;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link DebriefRepository} must do; run against memory and PostgreSQL. */
public abstract class DebriefRepositoryContract {

  protected abstract Stores newStores();

  private DebriefRepository debriefs;
  private UUID negotiation;

  @BeforeEach
  void setUp() {
    Stores stores = newStores();
    debriefs = stores.debriefs();
    User ada = Fixtures.user(stores, "ada@example.org");
    negotiation = Fixtures.negotiation(stores, ada, T0).id();
  }

  /** A real debrief of a short session on the fixtures' scenario: every part filled in. */
  static Debrief debriefOfADeal() {
    Map<String, Double> values = new LinkedHashMap<>();
    for (Issue issue : SCENARIO.issues()) {
      values.put(issue.key(), SCENARIO.personBrief().preferences().of(issue.key()).reservation());
    }
    Terms deal = Terms.of(values);
    List<Message> transcript =
        List.of(
            message(1, Sender.AI, "Our offer.", deal, Optional.empty()),
            message(
                2,
                Sender.USER,
                "Hello! I accept, since it works for me.",
                Terms.NONE,
                Optional.of(new ReadAs(ReadAs.Kind.ACCEPT, Terms.NONE, 1.0, false))));
    Scoring scoring = new Scoring();
    return new Debriefing(scoring)
        .of(
            SCENARIO,
            Ending.DEAL,
            Optional.of(deal),
            transcript,
            scoring.score(SCENARIO, Optional.of(deal), transcript));
  }

  private static Message message(
      long sequence, Sender sender, String text, Terms proposal, Optional<ReadAs> readAs) {
    return new Message(
        new UUID(9, sequence),
        new UUID(9, 0),
        sequence,
        sender,
        text,
        sender == Sender.AI
            ? Optional.of(new AiMetadata("rules", "Opens.", Phase.OPENING, 0.7))
            : Optional.empty(),
        proposal,
        T0,
        true,
        readAs);
  }

  @Test
  void a_saved_debrief_reads_back_whole() {
    Debrief debrief = debriefOfADeal();
    assertThat(debrief.annotations()).isNotEmpty();
    assertThat(debrief.joint().frontier()).isNotEmpty();

    debriefs.save(negotiation, debrief);

    assertThat(debriefs.find(negotiation)).contains(debrief);
  }

  @Test
  void the_first_debrief_of_a_negotiation_is_kept() {
    Debrief first = debriefOfADeal();
    debriefs.save(negotiation, first);
    Debrief other =
        new Debrief(
            Ending.EXPIRED,
            Optional.empty(),
            first.zones(),
            first.joint(),
            List.of(),
            List.of(),
            first.score(),
            List.of());

    debriefs.save(negotiation, other);

    assertThat(debriefs.find(negotiation)).contains(first);
  }

  @Test
  void a_negotiation_without_a_debrief_has_none() {
    assertThat(debriefs.find(negotiation)).isEmpty();
    assertThat(debriefs.find(UUID.randomUUID())).isEmpty();
  }
}
