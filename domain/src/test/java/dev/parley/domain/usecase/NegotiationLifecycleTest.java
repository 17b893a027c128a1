package dev.parley.domain.usecase;

import static dev.parley.domain.usecase.World.ok;
import static dev.parley.domain.usecase.World.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.debrief.Annotation;
import dev.parley.domain.debrief.Debrief;
import dev.parley.domain.debrief.Ending;
import dev.parley.domain.debrief.Progress;
import dev.parley.domain.negotiation.FinalScore;
import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.negotiation.NegotiationStatus;
import dev.parley.domain.persona.Move;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.scoring.ScoreOverride;
import dev.parley.domain.scoring.Scoring;
import dev.parley.domain.terms.Terms;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NegotiationLifecycleTest {

  final World world = new World();
  final UseCases useCases = world.useCases(World.settings());
  final Negotiation negotiation = world.started();

  @Test
  void starting_needs_a_known_scenario_and_persona() {
    assertThat(negotiation.status()).isEqualTo(NegotiationStatus.ACTIVE);
    assertThat(negotiation.expiresAt()).isEqualTo(World.START.plus(Duration.ofMinutes(30)));
    assertThat(refusal(useCases.starting().start(world.person.userId(), "nope", World.PERSONA_ID)))
        .isEqualTo(ErrorCode.INVALID_PAYLOAD);
    assertThat(refusal(useCases.starting().start(world.person.userId(), "salary-offer", "nobody")))
        .isEqualTo(ErrorCode.INVALID_PAYLOAD);
  }

  @Test
  void joining_gives_the_last_50_messages_oldest_first() {
    for (int i = 1; i <= 55; i++) {
      ok(
          world
              .useCases(
                  new Settings(
                      1000,
                      100,
                      Duration.ofMinutes(1),
                      Duration.ofSeconds(1),
                      Duration.ZERO,
                      50,
                      false))
              .sending()
              .send(world.person, negotiation.id(), "message " + i));
    }

    JoiningANegotiation.Joined joined = ok(useCases.joining().join(world.person, negotiation.id()));

    assertThat(joined.history()).hasSize(50);
    assertThat(joined.history().get(0).content()).isEqualTo("message 6");
    assertThat(joined.history().get(49).content()).isEqualTo("message 55");
    assertThat(joined.hasMore()).isTrue();
    assertThat(ok(useCases.history().before(world.person, negotiation.id(), 6, 10)))
        .extracting(Message::content)
        .containsExactly("message 1", "message 2", "message 3", "message 4", "message 5");
  }

  @Test
  void joining_another_users_negotiation_is_not_found() {
    assertThat(refusal(useCases.joining().join(world.someoneElse, negotiation.id())))
        .isEqualTo(ErrorCode.NEGOTIATION_NOT_FOUND);
    assertThat(refusal(useCases.leaving().leave(world.someoneElse, negotiation.id())))
        .isEqualTo(ErrorCode.NEGOTIATION_NOT_FOUND);
    assertThat(refusal(useCases.history().after(world.someoneElse, negotiation.id(), 0, 10)))
        .isEqualTo(ErrorCode.NEGOTIATION_NOT_FOUND);
  }

  @Test
  void typing_is_shown_only_in_ones_own_negotiation_and_audited() {
    assertThat(ok(useCases.typing().typing(world.person, negotiation.id(), true)).id())
        .isEqualTo(negotiation.id());
    assertThat(refusal(useCases.typing().typing(world.someoneElse, negotiation.id(), false)))
        .isEqualTo(ErrorCode.NEGOTIATION_NOT_FOUND);

    assertThat(world.audit.events)
        .extracting(event -> event.event() + " " + event.outcome())
        .containsSubsequence("typing-start ok", "typing-stop NEGOTIATION_NOT_FOUND");
  }

  @Test
  void an_empty_room_pauses_and_joining_makes_it_active_again() {
    world.presence.counts.put(negotiation.id(), 1);
    assertThat(ok(useCases.pausing().pauseIfStillEmpty(negotiation.id())).status())
        .as("someone came back in time")
        .isEqualTo(NegotiationStatus.ACTIVE);

    world.presence.counts.put(negotiation.id(), 0);
    assertThat(ok(useCases.pausing().pauseIfStillEmpty(negotiation.id())).status())
        .isEqualTo(NegotiationStatus.PAUSED);
    assertThat(ok(useCases.joining().join(world.person, negotiation.id())).negotiation().status())
        .isEqualTo(NegotiationStatus.ACTIVE);
    assertThat(world.room.events)
        .containsExactly("negotiation-update PAUSED", "negotiation-update ACTIVE");
  }

  @Test
  void joining_after_the_time_limit_shows_it_expired() {
    world.clock.advance(Duration.ofHours(1));

    JoiningANegotiation.Joined joined = ok(useCases.joining().join(world.person, negotiation.id()));

    assertThat(joined.negotiation().status()).isEqualTo(NegotiationStatus.EXPIRED);
    assertThat(joined.negotiation().finalScore()).isPresent();
  }

  @Test
  void the_expiry_sweep_expires_only_what_is_due() {
    world.clock.advance(Duration.ofMinutes(10));
    Negotiation later = world.started();
    world.clock.advance(Duration.ofMinutes(25));

    assertThat(useCases.expiring().expireDue())
        .extracting(Negotiation::id)
        .containsExactly(negotiation.id());
    assertThat(world.negotiations.statusOf(later.id())).isEqualTo(NegotiationStatus.ACTIVE);
    assertThat(useCases.expiring().expireDue()).isEmpty();
    assertThat(world.audit.events).anyMatch(event -> event.event().equals("expire"));
  }

  @Test
  void accepting_needs_the_personas_complete_offer() {
    assertThat(refusal(useCases.accepting().accept(world.person, negotiation.id())))
        .isEqualTo(ErrorCode.INVALID_PAYLOAD);

    world.script = turn -> World.offer("85k", World.salaryPackage(85_000));
    ok(useCases.producingTheAiTurn().produce(negotiation.id(), new Move.Talk()));
    Negotiation done = ok(useCases.accepting().accept(world.person, negotiation.id()));

    assertThat(done.status()).isEqualTo(NegotiationStatus.COMPLETED);
    assertThat(done.dealTerms().orElseThrow().terms()).isEqualTo(World.salaryPackage(85_000));
    FinalScore score = done.finalScore().orElseThrow();
    assertThat(score.overall())
        .isEqualTo(
            FinalScore.overallOf(
                score.claimingValue(), score.creatingValue(), score.managingRelationships()));
    assertThat(refusal(useCases.accepting().accept(world.person, negotiation.id())))
        .isEqualTo(ErrorCode.NEGOTIATION_NOT_ACTIVE);
  }

  @Test
  void walking_away_completes_without_agreement() {
    Negotiation done = ok(useCases.walkingAway().walkAway(world.person, negotiation.id()));

    assertThat(done.status()).isEqualTo(NegotiationStatus.COMPLETED);
    assertThat(done.dealTerms().orElseThrow().agreed()).isFalse();
    assertThat(done.finalScore().orElseThrow().claimingValue()).isZero();
  }

  @Test
  void every_ending_keeps_its_debrief_and_announces_it_once() {
    Negotiation done = ok(useCases.walkingAway().walkAway(world.person, negotiation.id()));

    Debrief kept = world.debriefs.find(done.id()).orElseThrow();
    assertThat(kept.ending()).isEqualTo(Ending.PERSON_WALKED_AWAY);
    assertThat(kept.score()).isEqualTo(done.finalScore().orElseThrow());
    assertThat(world.room.endings).containsExactly(kept);
    ReadingTheDebrief reading = new ReadingTheDebrief(world.ports, new Scoring());
    assertThat(ok(reading.debrief(world.person, done.id()))).isEqualTo(kept);
    assertThat(refusal(reading.debrief(world.someoneElse, done.id())))
        .isEqualTo(ErrorCode.NEGOTIATION_NOT_FOUND);
  }

  @Test
  void progress_lists_finished_sessions_in_order_with_means_and_what_to_improve_most() {
    ok(useCases.walkingAway().walkAway(world.person, negotiation.id()));
    world.clock.advance(Duration.ofMinutes(1));
    Negotiation second = world.started();
    ok(useCases.walkingAway().walkAway(world.person, second.id()));
    world.started(); // still running: not in the progress
    ok(useCases.walkingAway().walkAway(world.someoneElse, world.startedBy(world.someoneElse).id()));

    Progress progress = new ReadingTheProgress(world.ports, new Scoring()).of(world.person);

    assertThat(progress.sessions())
        .extracting(Progress.Session::negotiationId)
        .containsExactly(negotiation.id().toString(), second.id().toString());
    assertThat(progress.sessions()).allMatch(s -> s.ending() == Ending.PERSON_WALKED_AWAY);
    assertThat(progress.byScenario())
        .singleElement()
        .satisfies(
            means -> {
              assertThat(means.scenarioId()).isEqualTo("salary-offer");
              assertThat(means.sessions()).isEqualTo(2);
              assertThat(means.claimingValue()).isZero();
            });
    // neither session asked a question or made an offer: both name questions to improve
    assertThat(progress.tripsOn())
        .contains(new Progress.CategoryCount(Annotation.Category.QUESTIONS, 2));
  }

  @Test
  void a_running_negotiation_has_no_debrief_yet() {
    assertThat(
            refusal(
                new ReadingTheDebrief(world.ports, new Scoring())
                    .debrief(world.person, negotiation.id())))
        .isEqualTo(ErrorCode.INVALID_PAYLOAD);
  }

  @Test
  void proposals_are_checked_against_the_issues() {
    assertThat(
            refusal(
                useCases
                    .proposing()
                    .propose(
                        world.person, negotiation.id(), Terms.of(Map.of("salary", 500_000.0)))))
        .isEqualTo(ErrorCode.INVALID_PAYLOAD);
    assertThat(refusal(useCases.proposing().propose(world.person, negotiation.id(), Terms.NONE)))
        .isEqualTo(ErrorCode.INVALID_PAYLOAD);

    ProposingTerms.Proposed proposed =
        ok(
            useCases
                .proposing()
                .propose(world.person, negotiation.id(), Terms.of(Map.of("salary", 90_000.0))));

    assertThat(proposed.message().content()).isEqualTo("I propose: Salary 90000.");
    assertThat(proposed.negotiation().onTable().valueOf("salary")).contains(90_000.0);
  }

  @Test
  void the_dev_completion_needs_dev_mode_and_applies_the_override() {
    assertThat(
            refusal(
                useCases
                    .completing()
                    .forDevelopment(world.person, negotiation.id(), true, ScoreOverride.NONE)))
        .isEqualTo(ErrorCode.DEV_DISABLED);

    UseCases dev = world.useCases(World.settings().withDevMode(true));
    world.script = turn -> World.offer("85k", World.salaryPackage(85_000));
    ok(dev.producingTheAiTurn().produce(negotiation.id(), new Move.Talk()));
    ScoreOverride override = ok(ScoreOverride.of(90, null, null));

    Negotiation done =
        ok(dev.completing().forDevelopment(world.person, negotiation.id(), true, override));

    FinalScore score = done.finalScore().orElseThrow();
    assertThat(done.dealTerms().orElseThrow().agreed()).isTrue();
    assertThat(score.claimingValue()).isEqualTo(90);
    assertThat(score.overall())
        .isEqualTo(FinalScore.overallOf(90, score.creatingValue(), score.managingRelationships()));
    assertThat(refusal(ScoreOverride.of(101, null, null))).isEqualTo(ErrorCode.INVALID_PAYLOAD);
  }

  @Test
  void a_concurrent_save_is_retried_on_what_the_other_node_saved() {
    world.negotiations.conflictsToSimulate = 2;

    Negotiation done = ok(useCases.walkingAway().walkAway(world.person, negotiation.id()));

    assertThat(done.status()).isEqualTo(NegotiationStatus.COMPLETED);
    assertThat(done.version()).isEqualTo(3);
  }

  @Test
  void too_many_concurrent_saves_are_an_internal_error_not_a_lost_update() {
    world.negotiations.conflictsToSimulate = 3;

    assertThat(refusal(useCases.walkingAway().walkAway(world.person, negotiation.id())))
        .isEqualTo(ErrorCode.INTERNAL_ERROR);
    assertThat(world.negotiations.statusOf(negotiation.id())).isEqualTo(NegotiationStatus.ACTIVE);
  }
}
