package dev.parley.domain.debrief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.debrief.Annotation.Category;
import dev.parley.domain.debrief.Annotation.Verdict;
import dev.parley.domain.negotiation.AiMetadata;
import dev.parley.domain.negotiation.FinalScore;
import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Phase;
import dev.parley.domain.negotiation.ReadAs;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.persona.Move;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.scenario.TestScenarios;
import dev.parley.domain.scoring.Scoring;
import dev.parley.domain.terms.Terms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DebriefingTest {

  final Scenario salary = TestScenarios.catalogue().find("salary-offer").orElseThrow();
  final Scoring scoring = new Scoring();
  final Debriefing debriefing = new Debriefing(scoring);
  final List<Message> transcript = new ArrayList<>();

  static Terms pkg(double salary, double bonus, double start, double remote, double vacation) {
    return Terms.of(
        Map.of(
            "salary", salary,
            "signing_bonus", bonus,
            "start_date", start,
            "remote_days", remote,
            "vacation", vacation));
  }

  void learner(String text, Move move) {
    Terms proposal = move instanceof Move.CounterOffer offer ? offer.terms() : Terms.NONE;
    add(Sender.USER, text, proposal, Optional.of(ReadAs.of(move, 1.0, true)), Optional.empty());
  }

  void persona(String text, Terms offer, String reasoning) {
    add(
        Sender.AI,
        text,
        offer,
        Optional.empty(),
        Optional.of(new AiMetadata("rules", reasoning, Phase.DISCUSSION, 0.7)));
  }

  void add(
      Sender sender,
      String text,
      Terms proposal,
      Optional<ReadAs> readAs,
      Optional<AiMetadata> metadata) {
    long sequence = transcript.size() + 1L;
    transcript.add(
        new Message(
            new UUID(1, sequence),
            new UUID(1, 0),
            sequence,
            sender,
            text,
            metadata,
            proposal,
            Instant.EPOCH.plusSeconds(sequence),
            true,
            readAs));
  }

  Debrief debrief(Ending ending, Optional<Terms> deal) {
    FinalScore score = scoring.score(salary, deal, transcript);
    return debriefing.of(salary, ending, deal, transcript, score);
  }

  List<Annotation> in(Debrief debrief, Category category) {
    return debrief.annotations().stream().filter(a -> a.category() == category).toList();
  }

  @Test
  void a_deal_reveals_both_sides_limits_and_where_it_landed_in_the_zone() {
    Terms deal = pkg(88_000, 5_000, 28, 3, 25);
    persona("Our offer: 75k.", pkg(75_000, 0, 14, 1, 20), "Anchors near its target.");
    learner("Hello! I'd need 95k because of the market rate.", new Move.CounterOffer(deal));
    learner("I accept.", new Move.Accept());

    Debrief debrief = debrief(Ending.DEAL, Optional.of(deal));

    IssueZone salaryZone = debrief.zones().getFirst();
    assertThat(salaryZone.issue()).isEqualTo("salary");
    assertThat(salaryZone.person()).isEqualTo(new IssueZone.Limits(75_000, 95_000));
    assertThat(salaryZone.persona()).isEqualTo(new IssueZone.Limits(92_000, 72_000));
    assertThat(salaryZone.zone()).contains(new IssueZone.Range(75_000, 92_000));
    // 88,000 is 13 of the zone's 17 thousand above the person's walk-away point
    assertThat(salaryZone.claimedPercent()).contains(76);
    assertThat(debrief.joint().claimedPercent()).contains(debrief.score().claimingValue());
    assertThat(debrief.joint().deal().orElseThrow().person())
        .isEqualTo(salary.utility(Side.PERSON, deal));
  }

  @Test
  void a_deal_off_the_frontier_shows_a_package_better_for_both() {
    // remote days: both sides prefer more, so 0 leaves value on the table
    Terms deal = pkg(85_000, 5_000, 28, 1, 24);
    persona("Our offer: 80k.", pkg(80_000, 0, 14, 1, 20), "Opens.");
    learner("I accept 85k with the rest as is.", new Move.CounterOffer(deal));

    Debrief debrief = debrief(Ending.DEAL, Optional.of(deal));

    assertThat(debrief.joint().onFrontier()).isFalse();
    Terms better = debrief.joint().bothBetter().orElseThrow();
    assertThat(salary.utility(Side.PERSON, better))
        .isGreaterThan(salary.utility(Side.PERSON, deal));
    assertThat(salary.utility(Side.PERSONA, better))
        .isGreaterThan(salary.utility(Side.PERSONA, deal));
    assertThat(salary.acceptableTo(Side.PERSON, better)).isTrue();
    assertThat(salary.acceptableTo(Side.PERSONA, better)).isTrue();
    assertThat(in(debrief, Category.CLOSING))
        .anyMatch(a -> a.verdict() == Verdict.TO_IMPROVE && a.observation().contains("value"));
  }

  @Test
  void a_walk_away_says_whether_a_deal_was_possible_and_which_was_best() {
    persona("Our offer: 75k.", pkg(75_000, 0, 14, 1, 20), "Opens low.");
    learner("I'm out.", new Move.WalkAway());

    Debrief debrief = debrief(Ending.PERSON_WALKED_AWAY, Optional.empty());

    assertThat(debrief.joint().dealWasPossible()).isTrue();
    Terms best = debrief.joint().bestPossible().orElseThrow();
    assertThat(salary.acceptableTo(Side.PERSON, best)).isTrue();
    assertThat(salary.acceptableTo(Side.PERSONA, best)).isTrue();
    assertThat(debrief.deal()).isEmpty();
    assertThat(debrief.zones()).allMatch(zone -> zone.deal().isEmpty());
  }

  @Test
  void a_fast_conceder_who_never_asks_gets_the_concession_and_question_remarks() {
    persona("Our offer.", pkg(72_000, 0, 14, 1, 20), "Opens at its target.");
    learner("95k.", new Move.CounterOffer(pkg(95_000, 10_000, 56, 4, 28)));
    persona("No.", pkg(72_000, 0, 14, 1, 20), "Holds.");
    learner("Ok 80k.", new Move.CounterOffer(pkg(80_000, 2_000, 28, 2, 22)));
    learner("Fine, 76k.", new Move.CounterOffer(pkg(76_000, 0, 21, 2, 21)));

    Debrief debrief = debrief(Ending.EXPIRED, Optional.empty());

    assertThat(in(debrief, Category.CONCESSIONS))
        .singleElement()
        .satisfies(a -> assertThat(a.verdict()).isEqualTo(Verdict.TO_IMPROVE));
    assertThat(in(debrief, Category.QUESTIONS))
        .singleElement()
        .satisfies(a -> assertThat(a.verdict()).isEqualTo(Verdict.TO_IMPROVE));
    assertThat(in(debrief, Category.ICE_BREAKING).getFirst().quote()).isEqualTo("95k.");
    assertThat(in(debrief, Category.CLOSING).getFirst().observation()).contains("Time ran out");
  }

  @Test
  void a_logroller_is_credited_for_trading_across_issues() {
    learner("Hi! What matters most to you?", new Move.Ask());
    persona("An early start.", pkg(74_000, 0, 14, 1, 20), "Shares its priority.");
    learner(
        "Because salary matters most to me: 94k, and I can start in two weeks.",
        new Move.CounterOffer(pkg(94_000, 5_000, 56, 4, 25)));
    persona("Closer.", pkg(80_000, 0, 14, 2, 21), "Concedes on salary.");
    learner(
        "In exchange for the early start, 92k and 4 remote days.",
        new Move.CounterOffer(pkg(92_000, 5_000, 14, 4, 25)));

    Debrief debrief = debrief(Ending.EXPIRED, Optional.empty());

    assertThat(in(debrief, Category.LOGROLLING))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.verdict()).isEqualTo(Verdict.STRENGTH);
              assertThat(a.observation()).contains("start date");
            });
    assertThat(in(debrief, Category.QUESTIONS).getFirst().verdict()).isEqualTo(Verdict.STRENGTH);
    assertThat(in(debrief, Category.REASONS).getFirst().verdict()).isEqualTo(Verdict.STRENGTH);
    assertThat(in(debrief, Category.ICE_BREAKING).getFirst().verdict()).isEqualTo(Verdict.STRENGTH);
  }

  @Test
  void a_bare_no_an_insult_and_an_offer_past_the_walk_away_are_named_with_their_message() {
    persona("Our offer.", pkg(72_000, 0, 14, 1, 20), "Opens.");
    learner("No, that is pathetic.", new Move.Reject());
    learner("70k then.", new Move.CounterOffer(pkg(70_000, 0, 14, 1, 20)));

    Debrief debrief = debrief(Ending.EXPIRED, Optional.empty());

    assertThat(in(debrief, Category.COUNTER_OFFERS).getFirst().sequence()).contains(2L);
    assertThat(in(debrief, Category.TONE).getFirst().quote()).isEqualTo("No, that is pathetic.");
    Annotation preparation = in(debrief, Category.PREPARATION).getFirst();
    assertThat(preparation.verdict()).isEqualTo(Verdict.TO_IMPROVE);
    assertThat(preparation.observation()).contains("70,000").contains("75,000");
  }

  @Test
  void accepting_the_first_offer_is_named() {
    persona("Our offer.", pkg(80_000, 0, 14, 2, 22), "Opens.");
    learner("Sounds good, I accept.", new Move.Accept());

    Debrief debrief = debrief(Ending.DEAL, Optional.of(pkg(80_000, 0, 14, 2, 22)));

    assertThat(in(debrief, Category.COUNTER_OFFERS).getFirst().observation())
        .contains("accepted the first offer");
  }

  @Test
  void the_persona_side_shows_each_reading_and_its_reasoning() {
    learner("What is the budget?", new Move.Ask());
    persona("It was set in the annual plan.", Terms.NONE, "Answered from the fact sheet.");

    Debrief debrief = debrief(Ending.EXPIRED, Optional.empty());

    assertThat(debrief.acrossTheTable())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.readAs()).isEqualTo("a question");
              assertThat(row.personaReasoning()).isEqualTo("Answered from the fact sheet.");
            });
  }

  @Test
  void every_score_is_traced_to_the_turns_that_moved_it() {
    learner("Hi, what range do you have in mind?", new Move.Ask());
    persona("75k.", pkg(75_000, 0, 14, 1, 20), "Opens.");

    Debrief debrief = debrief(Ending.EXPIRED, Optional.empty());

    assertThat(debrief.traces())
        .extracting(ScoreTrace::dimension)
        .containsExactly("claiming_value", "creating_value", "managing_relationships");
    assertThat(debrief.traces().getLast().sequences()).containsExactly(1L);
  }
}
