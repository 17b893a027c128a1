package dev.parley.domain.usecase;

import static dev.parley.domain.usecase.World.ok;
import static dev.parley.domain.usecase.World.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.negotiation.NegotiationStatus;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.persona.Move;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.scoring.Scoring;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Honest pacing: the AI is shown typing for as long as its reply then takes to appear. Time is the
 * test's clock, moved on by a recorded pause; nothing here waits for or measures the wall clock.
 */
class ReplyPacingTest {

  static final Duration CAP = Duration.ofSeconds(3);

  final World world = new World();
  final Fakes.RecordedPause pause = new Fakes.RecordedPause(world.clock);
  final UseCases useCases = world.useCases(World.settings());
  final ProducingTheAiTurn paced = paced(CAP);
  final Negotiation negotiation = world.started();

  ProducingTheAiTurn paced(Duration cap) {
    Settings settings = World.settings().withAiReplyDelayMax(cap);
    return new ProducingTheAiTurn(
        world.ports,
        settings,
        new Scoring(),
        task -> Thread.ofVirtual().start(task),
        new ReplyPacing(cap, pause));
  }

  /**
   * The estimate of the last {@code ai-typing true} and the clock's time until the AI's message.
   */
  record Typing(Duration estimate, Duration untilMessage) {}

  Typing lastTyping() {
    List<Fakes.Room.Told> told = world.room.told;
    int typing = -1;
    for (int i = 0; i < told.size(); i++) {
      if (told.get(i).event().equals("ai-typing true")) {
        typing = i;
      }
    }
    assertThat(typing).as("ai-typing true was announced").isNotNegative();
    Fakes.Room.Told start = told.get(typing);
    Fakes.Room.Told message =
        told.subList(typing, told.size()).stream()
            .filter(t -> t.event().startsWith("ai-message "))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no ai-message after the typing: " + told));
    return new Typing(start.estimate(), Duration.between(start.at(), message.at()));
  }

  static String characters(int count) {
    return "x".repeat(count);
  }

  @Test
  void the_delay_grows_with_the_replys_length_and_stops_at_the_cap() {
    ReplyPacing pacing = new ReplyPacing(CAP, pause);

    assertThat(pacing.delayFor("Ok.")).isEqualTo(Duration.ofMillis(400 + 3 * 15));
    assertThat(pacing.delayFor(characters(40))).isEqualTo(Duration.ofMillis(1000));
    assertThat(pacing.delayFor(characters(100))).isEqualTo(Duration.ofMillis(1900));
    assertThat(pacing.delayFor(characters(100)))
        .isGreaterThan(pacing.delayFor(characters(40)))
        .isGreaterThan(pacing.delayFor("Ok."));
    assertThat(pacing.delayFor(characters(174))).isEqualTo(Duration.ofMillis(3000));
    assertThat(pacing.delayFor(characters(1000))).isEqualTo(CAP);
    assertThat(new ReplyPacing(Duration.ofMillis(800), pause).delayFor(characters(1000)))
        .isEqualTo(Duration.ofMillis(800));
    // characters, not UTF-16 units: an emoji is one character
    assertThat(pacing.delayFor("\uD83D\uDC4D")).isEqualTo(Duration.ofMillis(415));
  }

  @Test
  void zero_means_no_delay() {
    ReplyPacing off = new ReplyPacing(Duration.ZERO, pause);
    assertThat(off.delayFor(characters(1000))).isZero();

    world.script = turn -> World.talk(characters(200));
    ok(paced(Duration.ZERO).produce(negotiation.id(), new Move.Talk()));

    assertThat(pause.delays).isEmpty();
    assertThat(lastTyping()).isEqualTo(new Typing(Duration.ZERO, Duration.ZERO));
  }

  @Test
  void the_real_pause_never_waits_on_a_platform_thread() {
    ReplyPacing real = ReplyPacing.of(World.settings().withAiReplyDelayMax(CAP));

    assertThat(Thread.currentThread().isVirtual()).isFalse();
    assertThat(real.delayFor(characters(100))).isZero();
  }

  @Test
  void the_announced_estimate_is_the_time_until_the_reply_follows_within_half() {
    for (String reply : List.of("Fine.", characters(60), characters(150), characters(900))) {
      world.script = turn -> World.talk(reply);

      ok(paced.produce(negotiation.id(), new Move.Talk()));

      Typing typing = lastTyping();
      Duration scheduled = pause.delays.getLast();
      assertThat(typing.estimate()).as("the estimate is the scheduled delay").isEqualTo(scheduled);
      assertThat(typing.untilMessage()).as("the message follows after the delay").isPositive();
      assertThat(typing.estimate().toMillis())
          .as("estimate within ±50 %% of the %d ms until the message", typing.untilMessage())
          .isBetween(
              typing.untilMessage().toMillis() / 2, typing.untilMessage().toMillis() * 3 / 2);
    }
    assertThat(pause.delays)
        .containsExactly(
            Duration.ofMillis(475), Duration.ofMillis(1300), Duration.ofMillis(2650), CAP);
  }

  @Test
  void the_confirmation_question_is_paced_too() {
    SendingAMessage.Sent sent =
        ok(useCases.sending().send(world.person, negotiation.id(), "I walk away now"));

    ProducingTheAiTurn.AiTurn asked = ok(paced.produce(negotiation.id(), sent.move(), true));

    assertThat(pause.delays)
        .containsExactly(new ReplyPacing(CAP, pause).delayFor(asked.message().content()));
    assertThat(lastTyping().estimate()).isEqualTo(pause.delays.getFirst());
    assertThat(lastTyping().untilMessage()).isEqualTo(pause.delays.getFirst());
  }

  @Test
  void the_wait_does_not_hold_the_turn_lock_of_other_negotiations() throws Exception {
    // a negotiation sharing this one's turn lock (one of 64, by the id's hash)
    Negotiation neighbour = world.started();
    while (Math.floorMod(neighbour.id().hashCode(), 64)
        != Math.floorMod(negotiation.id().hashCode(), 64)) {
      neighbour = world.started();
    }
    java.util.UUID neighbourId = neighbour.id();
    world.script = turn -> World.talk("Reply to " + turn.transcript().size());
    AtomicReference<Thread> other = new AtomicReference<>();
    pause.meanwhile =
        () -> {
          Thread turn =
              Thread.ofPlatform().start(() -> paced.produce(neighbourId, new Move.Talk()));
          other.set(turn);
          try {
            turn.join(Duration.ofSeconds(10));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };

    ok(paced.produce(negotiation.id(), new Move.Talk()));

    assertThat(other.get().isAlive())
        .as("the neighbour's turn ran while this reply was waited out")
        .isFalse();
    assertThat(world.messages.all(neighbour.id()))
        .extracting(Message::sender)
        .containsExactly(Sender.AI);
    List<String> aiMessages =
        world.room.events.stream().filter(e -> e.startsWith("ai-message")).toList();
    assertThat(aiMessages).hasSize(2);
  }

  @Test
  void a_message_sent_during_the_delay_is_answered_after_the_pending_reply() throws Exception {
    ok(useCases.sending().send(world.person, negotiation.id(), "first"));
    AtomicInteger seenBySecondTurn = new AtomicInteger(-1);
    world.script =
        turn -> {
          if (turn.transcript().size() > 2) {
            seenBySecondTurn.set(turn.transcript().size());
            return World.talk("answer to second");
          }
          return World.talk("answer to first");
        };
    AtomicReference<Thread> second = new AtomicReference<>();
    pause.meanwhile =
        () -> {
          ok(useCases.sending().send(world.person, negotiation.id(), "second"));
          Thread turn =
              Thread.ofPlatform().start(() -> paced.produce(negotiation.id(), new Move.Talk()));
          second.set(turn);
          // it has to wait for this reply; let it get as far as it can (it must park)
          for (int i = 0;
              i < 500 && turn.getState() != Thread.State.WAITING && turn.isAlive();
              i++) {
            try {
              Thread.sleep(10);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          assertThat(world.messages.all(negotiation.id()))
              .as("nothing answers the second message while the first reply is pending")
              .extracting(Message::content)
              .containsExactly("first", "second");
        };

    ok(paced.produce(negotiation.id(), new Move.Talk()));
    second.get().join(Duration.ofSeconds(10));

    assertThat(world.messages.all(negotiation.id()))
        .extracting(Message::content)
        .containsExactly("first", "second", "answer to first", "answer to second");
    assertThat(seenBySecondTurn.get()).as("the second turn saw the first reply").isEqualTo(3);
  }

  @Test
  void a_negotiation_ended_during_the_delay_gets_no_stale_reply() {
    world.script = turn -> World.talk("A reply nobody should see.");
    pause.meanwhile = () -> ok(useCases.walkingAway().walkAway(world.person, negotiation.id()));

    assertThat(refusal(paced.produce(negotiation.id(), new Move.Talk())))
        .isEqualTo(ErrorCode.NEGOTIATION_NOT_ACTIVE);

    assertThat(world.stored(negotiation.id()).status()).isEqualTo(NegotiationStatus.COMPLETED);
    assertThat(world.messages.all(negotiation.id())).isEmpty();
    assertThat(world.room.events).noneMatch(e -> e.startsWith("ai-message"));
    assertThat(world.room.events).endsWith("ai-typing false");
  }

  @Test
  void a_negotiation_expiring_during_the_delay_gets_no_stale_reply() {
    world.script = turn -> World.talk("Too late for this.");
    pause.meanwhile =
        () -> world.clock.advance(Duration.between(world.clock.instant(), negotiation.expiresAt()));

    assertThat(refusal(paced.produce(negotiation.id(), new Move.Talk())))
        .isEqualTo(ErrorCode.NEGOTIATION_EXPIRED);

    assertThat(world.stored(negotiation.id()).status()).isEqualTo(NegotiationStatus.EXPIRED);
    assertThat(world.messages.all(negotiation.id())).isEmpty();
  }

  @Test
  void terms_tabled_during_the_delay_drop_the_reply_to_the_old_table() {
    world.script = turn -> World.offer("We can offer 80k.", World.salaryPackage(80_000));
    pause.meanwhile =
        () ->
            ok(
                useCases
                    .proposing()
                    .propose(world.person, negotiation.id(), World.salaryPackage(90_000)));

    assertThat(refusal(paced.produce(negotiation.id(), new Move.Talk())))
        .isEqualTo(ErrorCode.NEGOTIATION_NOT_ACTIVE);

    Negotiation after = world.stored(negotiation.id());
    assertThat(after.onTable()).isEqualTo(World.salaryPackage(90_000));
    assertThat(after.tabledBy()).contains(Side.PERSON);
    assertThat(world.messages.all(negotiation.id()))
        .extracting(Message::sender)
        .containsExactly(Sender.USER);
  }
}
