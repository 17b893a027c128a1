package dev.parley.domain.usecase;

import static dev.parley.domain.usecase.World.ok;
import static dev.parley.domain.usecase.World.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.negotiation.AiMetadata;
import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.negotiation.NegotiationStatus;
import dev.parley.domain.negotiation.Phase;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.scenario.Side;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ProducingTheAiTurnTest {

  final World world = new World();
  final Settings settings = World.settings().withAiDeadline(Duration.ofMillis(200));
  final UseCases useCases = world.useCases(settings);
  final Negotiation negotiation = world.started();

  SendingAMessage.Sent personSays(String text) {
    return ok(useCases.sending().send(world.person, negotiation.id(), text));
  }

  @Test
  void the_reply_is_stored_announced_and_its_offer_put_on_the_table() {
    SendingAMessage.Sent sent = personSays("What can you offer?");
    world.script = turn -> World.offer("We can offer 80k.", World.salaryPackage(80_000));
    world.room.events.clear();

    ProducingTheAiTurn.AiTurn turn =
        ok(useCases.producingTheAiTurn().produce(negotiation.id(), sent.move()));

    assertThat(turn.message().sender()).isEqualTo(Sender.AI);
    assertThat(turn.message().sequence()).isEqualTo(2);
    assertThat(turn.message().aiMetadata())
        .contains(new AiMetadata("test-model", "opens high", Phase.DISCUSSION, 0.7));
    assertThat(turn.negotiation().onTable()).isEqualTo(World.salaryPackage(80_000));
    assertThat(turn.negotiation().tabledBy()).contains(Side.PERSONA);
    assertThat(turn.negotiation().rounds()).isEqualTo(1);
    assertThat(world.room.events)
        .containsExactly(
            "ai-typing true",
            "ai-message We can offer 80k.",
            "negotiation-update ACTIVE",
            "ai-typing false");
  }

  @Test
  void the_persona_sees_the_transcript_and_the_persons_move() {
    personSays("salary 90000 please");
    AtomicBoolean seen = new AtomicBoolean();
    world.script =
        turn -> {
          seen.set(
              turn.transcript().size() == 1
                  && turn.latestMove() instanceof Move.CounterOffer
                  && turn.personsProposal().flatMap(t -> t.valueOf("salary")).orElse(0.0)
                      == 90_000.0
                  && turn.privatePreferences().equals(world.salary.counterpart().preferences()));
          return World.talk("Let me think.");
        };

    ok(
        useCases
            .producingTheAiTurn()
            .produce(negotiation.id(), new Move.CounterOffer(World.salaryPackage(90_000))));

    assertThat(seen).isTrue();
  }

  @Test
  void a_persona_too_slow_is_ai_timeout_and_the_persons_message_stays() throws Exception {
    personSays("Hello?");
    CountDownLatch interrupted = new CountDownLatch(1);
    world.script =
        turn -> {
          try {
            Thread.sleep(Duration.ofMinutes(1));
          } catch (InterruptedException e) {
            interrupted.countDown();
          }
          return World.talk("too late");
        };

    var result = useCases.producingTheAiTurn().produce(negotiation.id(), new Move.Ask());

    assertThat(refusal(result)).isEqualTo(ErrorCode.AI_TIMEOUT);
    assertThat(world.messages.all(negotiation.id()))
        .extracting(Message::content)
        .containsExactly("Hello?");
    // typing shows only once a reply is known (for as long as it takes to appear); it stops anyway
    assertThat(world.room.events)
        .endsWith("message-received Hello?", "ai-typing false")
        .doesNotContain("ai-typing true");
    assertThat(interrupted.await(5, TimeUnit.SECONDS))
        .as("the persona call was cancelled")
        .isTrue();
    assertThat(world.audit.events).anyMatch(e -> e.outcome().equals("AI_TIMEOUT"));
  }

  @Test
  void a_failing_persona_is_ai_unavailable_and_the_persons_message_stays() {
    personSays("Hello?");
    world.script =
        turn -> {
          throw new IllegalStateException("model down");
        };

    assertThat(refusal(useCases.producingTheAiTurn().produce(negotiation.id(), new Move.Ask())))
        .isEqualTo(ErrorCode.AI_UNAVAILABLE);
    assertThat(world.messages.count(negotiation.id())).isEqualTo(1);
  }

  @Test
  void a_missing_persona_is_ai_unavailable() {
    world.personas.byId.clear();

    assertThat(refusal(useCases.producingTheAiTurn().produce(negotiation.id(), new Move.Talk())))
        .isEqualTo(ErrorCode.AI_UNAVAILABLE);
  }

  @Test
  void an_acceptance_below_the_personas_limits_is_refused_and_nothing_of_it_kept() {
    personSays("salary 99000 and that is final");
    world.script =
        turn -> new PersonaReply("Deal!", "agrees", Phase.CLOSING, 0.9, new Move.Accept());

    assertThat(
            refusal(
                useCases
                    .producingTheAiTurn()
                    .produce(negotiation.id(), new Move.CounterOffer(World.salaryPackage(99_000)))))
        .isEqualTo(ErrorCode.AI_UNAVAILABLE);
    assertThat(world.messages.count(negotiation.id())).isEqualTo(1);
    assertThat(world.stored(negotiation.id()).status()).isEqualTo(NegotiationStatus.ACTIVE);
  }

  @Test
  void an_offer_off_the_grid_is_refused() {
    world.script = turn -> World.offer("80.5k", World.salaryPackage(80_500));

    assertThat(refusal(useCases.producingTheAiTurn().produce(negotiation.id(), new Move.Talk())))
        .isEqualTo(ErrorCode.AI_UNAVAILABLE);
    assertThat(world.stored(negotiation.id()).onTable().isEmpty()).isTrue();
  }

  @Test
  void an_acceptance_within_the_limits_makes_the_deal_with_a_score() {
    world.script = turn -> World.offer("85k?", World.salaryPackage(85_000));
    ok(useCases.producingTheAiTurn().produce(negotiation.id(), new Move.Talk()));
    ok(useCases.proposing().propose(world.person, negotiation.id(), World.salaryPackage(88_000)));
    world.script =
        turn -> new PersonaReply("Deal.", "fair enough", Phase.CLOSING, 0.9, new Move.Accept());

    ProducingTheAiTurn.AiTurn turn =
        ok(useCases.producingTheAiTurn().produce(negotiation.id(), new Move.Talk()));

    assertThat(turn.negotiation().status()).isEqualTo(NegotiationStatus.COMPLETED);
    assertThat(turn.negotiation().dealTerms().orElseThrow().terms())
        .isEqualTo(World.salaryPackage(88_000));
    assertThat(turn.negotiation().finalScore().orElseThrow().claimingValue()).isPositive();
    assertThat(world.room.events)
        .endsWith("ai-message Deal.", "negotiation-update COMPLETED", "ai-typing false");
  }

  @Test
  void the_last_round_expires_the_negotiation() {
    for (int round = 1; round <= negotiation.roundLimit(); round++) {
      ok(useCases.producingTheAiTurn().produce(negotiation.id(), new Move.Talk()));
    }

    Negotiation after = world.stored(negotiation.id());
    assertThat(after.status()).isEqualTo(NegotiationStatus.EXPIRED);
    assertThat(after.rounds()).isEqualTo(after.roundLimit());
    assertThat(refusal(useCases.producingTheAiTurn().produce(negotiation.id(), new Move.Talk())))
        .isEqualTo(ErrorCode.NEGOTIATION_EXPIRED);
  }

  @Test
  void turns_of_one_negotiation_run_one_at_a_time() throws Exception {
    java.util.concurrent.atomic.AtomicInteger running =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger most =
        new java.util.concurrent.atomic.AtomicInteger();
    UseCases slow = world.useCases(World.settings());
    world.script =
        turn -> {
          most.accumulateAndGet(running.incrementAndGet(), Math::max);
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          running.decrementAndGet();
          return World.talk("one at a time");
        };
    java.util.List<Thread> callers = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      callers.add(
          Thread.ofVirtual()
              .start(() -> slow.producingTheAiTurn().produce(negotiation.id(), new Move.Talk())));
    }
    for (Thread caller : callers) {
      caller.join(Duration.ofSeconds(10));
    }

    assertThat(most.get()).isEqualTo(1);
    assertThat(world.messages.count(negotiation.id())).isEqualTo(4);
  }

  @Test
  void a_reply_longer_than_the_limit_is_refused_and_nothing_of_it_kept() {
    personSays("Hello?");
    world.script = turn -> World.talk("blah ".repeat(20_480));
    world.room.events.clear();

    var result = useCases.producingTheAiTurn().produce(negotiation.id(), new Move.Ask());

    assertThat(refusal(result)).isEqualTo(ErrorCode.AI_UNAVAILABLE);
    assertThat(World.rejection(result).message())
        .contains("too long")
        .contains(String.valueOf(PersonaReply.MAX_TEXT_LENGTH));
    assertThat(world.messages.all(negotiation.id()))
        .extracting(Message::content)
        .containsExactly("Hello?");
    assertThat(world.room.events).noneMatch(event -> event.startsWith("ai-message"));
  }

  @Test
  void a_reasoning_longer_than_the_limit_is_refused_too() {
    world.script =
        turn ->
            new PersonaReply(
                "Fine.", "because ".repeat(1_000), Phase.DISCUSSION, 0.5, new Move.Talk());

    var result = useCases.producingTheAiTurn().produce(negotiation.id(), new Move.Talk());

    assertThat(refusal(result)).isEqualTo(ErrorCode.AI_UNAVAILABLE);
    assertThat(World.rejection(result).message()).contains("reasoning");
    assertThat(world.messages.count(negotiation.id())).isZero();
  }

  @Test
  void a_reply_at_the_limit_is_kept() {
    world.script = turn -> World.talk("x".repeat(PersonaReply.MAX_TEXT_LENGTH));

    assertThat(
            ok(useCases.producingTheAiTurn().produce(negotiation.id(), new Move.Talk()))
                .message()
                .content())
        .hasSize(PersonaReply.MAX_TEXT_LENGTH);
  }

  @Test
  void markup_in_the_personas_text_is_removed() {
    world.script = turn -> World.talk("<img src=x onerror=alert(1)>Fine by me.");

    assertThat(
            ok(useCases.producingTheAiTurn().produce(negotiation.id(), new Move.Talk()))
                .message()
                .content())
        .isEqualTo("Fine by me.");
  }

  @Test
  void the_dev_trigger_needs_dev_mode() {
    assertThat(
            refusal(
                useCases
                    .producingTheAiTurn()
                    .triggerForDevelopment(world.person, negotiation.id())))
        .isEqualTo(ErrorCode.DEV_DISABLED);

    UseCases dev = world.useCases(settings.withDevMode(true));
    assertThat(
            dev.producingTheAiTurn().triggerForDevelopment(world.person, negotiation.id()).isOk())
        .isTrue();
    assertThat(
            refusal(
                dev.producingTheAiTurn()
                    .triggerForDevelopment(world.someoneElse, negotiation.id())))
        .isEqualTo(ErrorCode.NEGOTIATION_NOT_FOUND);
  }
}
