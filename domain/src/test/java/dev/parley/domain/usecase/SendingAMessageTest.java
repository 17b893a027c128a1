package dev.parley.domain.usecase;

import static dev.parley.domain.usecase.World.ok;
import static dev.parley.domain.usecase.World.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.negotiation.NegotiationStatus;
import dev.parley.domain.negotiation.PendingConfirmation;
import dev.parley.domain.negotiation.Phase;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.port.AuditEvent;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Result;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.terms.Terms;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SendingAMessageTest {

  final World world = new World();
  final UseCases useCases = world.useCases(World.settings());
  final Negotiation negotiation = world.started();

  Result<SendingAMessage.Sent> send(String content) {
    return useCases.sending().send(world.person, negotiation.id(), content);
  }

  @Test
  void a_message_sent_again_under_its_client_id_is_stored_read_and_answered_once() {
    Optional<String> named = Optional.of("tab-1:42");
    SendingAMessage.Sent first =
        ok(useCases.sending().send(world.person, negotiation.id(), "I'd like 95,000", named));
    SendingAMessage.Sent again =
        ok(useCases.sending().send(world.person, negotiation.id(), "I'd like 95,000", named));
    SendingAMessage.Sent other =
        ok(
            useCases
                .sending()
                .send(world.person, negotiation.id(), "I'd like 95,000", Optional.of("tab-1:43")));

    assertThat(first.awaitsAiTurn()).isTrue();
    assertThat(again.repeated()).isTrue();
    assertThat(again.awaitsAiTurn()).as("no second AI turn").isFalse();
    assertThat(again.message()).isEqualTo(first.message());
    assertThat(other.message().id()).isNotEqualTo(first.message().id());
    assertThat(world.messages.transcript(negotiation.id())).hasSize(2);
    assertThat(world.room.events)
        .containsExactly("message-received I'd like 95,000", "message-received I'd like 95,000");
  }

  @Test
  void a_retry_counts_against_no_rate_and_is_answered_after_the_negotiation_ended() {
    Optional<String> named = Optional.of("retry-me");
    SendingAMessage.Sent first =
        ok(useCases.sending().send(world.person, negotiation.id(), "Hello there", named));
    for (int i = 0; i < 9; i++) {
      ok(send("message " + i));
    }
    assertThat(refusal(send("one too many"))).isEqualTo(ErrorCode.RATE_LIMITED);

    SendingAMessage.Sent again =
        ok(useCases.sending().send(world.person, negotiation.id(), "Hello there", named));

    assertThat(again.message()).isEqualTo(first.message());
    assertThat(
            refusal(
                useCases.sending().send(world.someoneElse, negotiation.id(), "Hello there", named)))
        .as("another user's retry finds nothing of theirs")
        .isEqualTo(ErrorCode.NEGOTIATION_NOT_FOUND);
  }

  @Test
  void a_message_is_stored_announced_and_audited() {
    SendingAMessage.Sent sent = ok(send("  Hello, could we talk about the start date?  "));

    assertThat(sent.message().content()).isEqualTo("Hello, could we talk about the start date?");
    assertThat(sent.message().sender()).isEqualTo(Sender.USER);
    assertThat(sent.message().sequence()).isEqualTo(1);
    assertThat(sent.move()).isEqualTo(new Move.Ask());
    assertThat(sent.awaitsAiTurn()).isTrue();
    assertThat(world.room.events)
        .containsExactly("message-received Hello, could we talk about the start date?");
    assertThat(world.audit.events)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.event()).isEqualTo("send-message");
              assertThat(event.outcome()).isEqualTo(AuditEvent.OK);
              assertThat(event.userId()).contains(world.person.userId());
              assertThat(event.socketId()).isEqualTo("s1");
              assertThat(event.ip()).isEqualTo("10.0.0.1");
            });
  }

  @Test
  void markup_and_control_characters_are_removed_before_storing() {
    SendingAMessage.Sent sent =
        ok(send("I want<script>alert('x')</script> <b>more</b>\u0000\u0007 vacation\u202E"));

    assertThat(sent.message().content()).isEqualTo("I want more vacation");
    assertThat(world.messages.all(negotiation.id()))
        .extracting(Message::content)
        .containsExactly("I want more vacation");
  }

  @Test
  void only_markup_is_an_empty_message() {
    assertThat(refusal(send("<script>alert(1)</script>"))).isEqualTo(ErrorCode.MESSAGE_EMPTY);
    assertThat(refusal(send("   \n\t "))).isEqualTo(ErrorCode.MESSAGE_EMPTY);
    assertThat(refusal(send(null))).isEqualTo(ErrorCode.INVALID_PAYLOAD);
    assertThat(world.messages.count(negotiation.id())).isZero();
  }

  @Test
  void at_most_1000_characters_after_trimming() {
    String thousand = "a".repeat(1000);

    assertThat(ok(send("   " + thousand + "   ")).message().content()).hasSize(1000);
    assertThat(refusal(send(thousand + "b"))).isEqualTo(ErrorCode.MESSAGE_TOO_LONG);
    // Characters, not UTF-16 units: 1000 emoji are 1000 characters.
    assertThat(send("\uD83D\uDE00".repeat(1000)).isOk()).isTrue();
    assertThat(world.messages.count(negotiation.id())).isEqualTo(2);
  }

  @Test
  void the_1000_character_limit_counts_what_a_person_sees() {
    String grin = "\uD83D\uDE00"; // astral: two UTF-16 units, one character
    assertThat(send(grin.repeat(1000)).isOk()).isTrue();
    assertThat(refusal(send(grin.repeat(1001)))).isEqualTo(ErrorCode.MESSAGE_TOO_LONG);
    world.clock.advance(Duration.ofMinutes(1));
    // 1000 letters typed with a combining accent: 2000 code points, 1000 after NFC
    assertThat(ok(send("e\u0301".repeat(1000))).message().content())
        .isEqualTo("\u00E9".repeat(1000));
    assertThat(refusal(send("e\u0301".repeat(1001)))).isEqualTo(ErrorCode.MESSAGE_TOO_LONG);
    // invisible controls count for nothing and are not stored
    assertThat(ok(send("a".repeat(1000) + "\u202E\u200B".repeat(50))).message().content())
        .isEqualTo("a".repeat(1000));
  }

  @Test
  void a_right_to_left_override_is_stripped_from_a_message() {
    SendingAMessage.Sent sent = ok(send("I offer \u202E0005\u202C a month"));

    assertThat(sent.message().content()).isEqualTo("I offer 0005 a month");
  }

  @Test
  void the_eleventh_message_within_a_minute_is_rate_limited_with_a_retry_after() {
    for (int i = 1; i <= 10; i++) {
      assertThat(send("message " + i).isOk()).as("message %d", i).isTrue();
      world.clock.advance(Duration.ofSeconds(1));
    }

    Result<SendingAMessage.Sent> eleventh = send("message 11");

    assertThat(eleventh)
        .isInstanceOfSatisfying(
            Result.Refused.class,
            refused -> {
              assertThat(refused.rejection().code()).isEqualTo(ErrorCode.RATE_LIMITED);
              // The first message was sent 10 s ago: one is allowed again 50 s from now.
              assertThat(refused.rejection().retryAfter()).contains(Duration.ofSeconds(50));
            });
    assertThat(world.messages.count(negotiation.id())).isEqualTo(10);

    world.clock.advance(Duration.ofSeconds(50));
    assertThat(send("message 12").isOk()).isTrue();
  }

  @Test
  void another_users_negotiation_is_not_found_and_nothing_is_stored() {
    Result<SendingAMessage.Sent> result =
        useCases.sending().send(world.someoneElse, negotiation.id(), "hi");
    Result<SendingAMessage.Sent> unknown =
        useCases.sending().send(world.person, UUID.randomUUID(), "hi");

    assertThat(refusal(result)).isEqualTo(ErrorCode.NEGOTIATION_NOT_FOUND);
    assertThat(((Result.Refused<?>) result).rejection())
        .isEqualTo(((Result.Refused<?>) unknown).rejection());
    assertThat(world.messages.count(negotiation.id())).isZero();
    assertThat(world.audit.events)
        .extracting(AuditEvent::outcome)
        .containsExactly("NEGOTIATION_NOT_FOUND", "NEGOTIATION_NOT_FOUND");
  }

  @Test
  void a_paused_negotiation_takes_no_messages() {
    ok(useCases.pausing().pauseIfStillEmpty(negotiation.id()));

    assertThat(refusal(send("hello"))).isEqualTo(ErrorCode.NEGOTIATION_NOT_ACTIVE);
  }

  @Test
  void a_message_after_the_time_limit_expires_the_negotiation() {
    world.clock.advance(world.salary.timeLimit());

    assertThat(refusal(send("hello"))).isEqualTo(ErrorCode.NEGOTIATION_EXPIRED);
    Negotiation expired = world.stored(negotiation.id());
    assertThat(expired.status()).isEqualTo(NegotiationStatus.EXPIRED);
    assertThat(expired.finalScore()).isPresent();
    assertThat(world.room.events).containsExactly("negotiation-update EXPIRED");
    assertThat(world.messages.count(negotiation.id())).isZero();
  }

  @Test
  void proposed_terms_go_on_the_table_snapped_to_their_steps() {
    SendingAMessage.Sent sent = ok(send("I'd like salary 88400 because of my experience"));

    assertThat(sent.move())
        .isEqualTo(
            new Move.CounterOffer(
                dev.parley.domain.terms.Terms.of(java.util.Map.of("salary", 88_000.0))));
    assertThat(sent.negotiation().onTable().valueOf("salary")).contains(88_000.0);
    assertThat(sent.negotiation().tabledBy()).contains(Side.PERSON);
    assertThat(sent.message().proposal().valueOf("salary")).contains(88_000.0);
  }

  /** The AI's turn after a chat message, as the gateway runs it. */
  ProducingTheAiTurn.AiTurn aiAnswers(SendingAMessage.Sent sent) {
    ProducingTheAiTurn producing = useCases.producingTheAiTurn();
    return ok(
        sent.toCheck().isPresent()
            ? producing.check(negotiation.id(), sent.toCheck().get())
            : producing.produce(negotiation.id(), sent.move(), true));
  }

  @Test
  void a_proposal_the_reader_is_unsure_of_is_checked_before_it_goes_on_the_table() {
    SendingAMessage.Sent unsure = ok(send("maybe salary 95000"));
    assertThat(unsure.toCheck())
        .contains(new PendingConfirmation.Proposal(Terms.of(Map.of("salary", 95_000.0))));
    assertThat(unsure.negotiation().onTable().isEmpty()).isTrue();
    assertThat(unsure.message().proposal().isEmpty()).isTrue();

    world.script = turn -> World.talk("the persona must not answer a proposal it only guessed");
    ProducingTheAiTurn.AiTurn asked = aiAnswers(unsure);
    assertThat(asked.message().content())
        .startsWith("Just to check: are you proposing salary at 95,000?");
    assertThat(pendingOf(asked))
        .contains(new PendingConfirmation.Proposal(Terms.of(Map.of("salary", 95_000.0))));
    assertThat(asked.negotiation().rounds()).isZero();

    SendingAMessage.Sent yes = ok(send("yes"));
    assertThat(yes.move()).isEqualTo(new Move.CounterOffer(Terms.of(Map.of("salary", 95_000.0))));
    assertThat(yes.negotiation().onTable().valueOf("salary")).contains(95_000.0);
    assertThat(yes.negotiation().tabledBy()).contains(Side.PERSON);
    assertThat(yes.toCheck()).isEmpty();
  }

  @Test
  void a_checked_proposal_the_learner_does_not_confirm_stays_off_the_table() {
    ProducingTheAiTurn.AiTurn asked = aiAnswers(ok(send("maybe salary 95000")));
    assertThat(pendingOf(asked)).isPresent();

    SendingAMessage.Sent instead = ok(send("no, I meant the bonus?"));

    assertThat(instead.negotiation().onTable().isEmpty()).isTrue();
    assertThat(instead.move()).isEqualTo(new Move.Ask());
  }

  Optional<PendingConfirmation> pendingOf(ProducingTheAiTurn.AiTurn turn) {
    return turn.message().aiMetadata().orElseThrow().pending();
  }

  @Test
  void accepting_the_personas_offer_in_chat_is_restated_and_confirmed_before_the_deal() {
    world.script = turn -> World.offer("How about this?", World.salaryPackage(85_000));
    ok(useCases.producingTheAiTurn().produce(negotiation.id(), new Move.Talk()));

    SendingAMessage.Sent sent = ok(send("Great, I accept."));
    assertThat(sent.negotiation().status()).isEqualTo(NegotiationStatus.ACTIVE);
    assertThat(sent.awaitsAiTurn()).isTrue();

    ProducingTheAiTurn.AiTurn asked = aiAnswers(sent);
    assertThat(pendingOf(asked))
        .contains(new PendingConfirmation.Deal(World.salaryPackage(85_000)));
    assertThat(asked.message().aiMetadata().orElseThrow().negotiationState())
        .isEqualTo(Phase.CLOSING);
    assertThat(asked.message().content())
        .contains("salary at 85,000", "start date in 4 weeks", "\"confirm\"");
    assertThat(asked.negotiation().rounds()).isEqualTo(1);

    SendingAMessage.Sent confirmed = ok(send("Yes, confirmed."));
    assertThat(confirmed.negotiation().status()).isEqualTo(NegotiationStatus.COMPLETED);
    assertThat(confirmed.negotiation().dealTerms().orElseThrow().agreed()).isTrue();
    assertThat(confirmed.negotiation().dealTerms().orElseThrow().terms())
        .isEqualTo(World.salaryPackage(85_000));
    assertThat(confirmed.negotiation().finalScore()).isPresent();
    assertThat(confirmed.awaitsAiTurn()).isFalse();
  }

  @Test
  void anything_but_a_yes_to_the_restated_package_keeps_the_negotiation_open() {
    world.script = turn -> World.offer("How about this?", World.salaryPackage(85_000));
    ok(useCases.producingTheAiTurn().produce(negotiation.id(), new Move.Talk()));
    aiAnswers(ok(send("I accept")));

    SendingAMessage.Sent second = ok(send("Hmm, what about the start date though?"));

    assertThat(second.negotiation().status()).isEqualTo(NegotiationStatus.ACTIVE);
    world.script = turn -> World.talk("We can talk about it.");
    aiAnswers(second);
    SendingAMessage.Sent lateYes = ok(send("yes"));
    assertThat(lateYes.negotiation().status())
        .as("the question was not the AI's latest message any more")
        .isEqualTo(NegotiationStatus.ACTIVE);
  }

  @Test
  void the_accept_button_confirms_a_package_the_persona_restated() {
    world.script = turn -> World.offer("How about this?", World.salaryPackage(85_000));
    ok(useCases.producingTheAiTurn().produce(negotiation.id(), new Move.Talk()));
    SendingAMessage.Sent partial = ok(send("I could do salary 88000"));
    world.script =
        turn -> new PersonaReply("Deal.", "fair enough", Phase.CLOSING, 0.9, new Move.Accept());

    ProducingTheAiTurn.AiTurn asked = aiAnswers(partial);

    assertThat(asked.negotiation().status())
        .as("a partial proposal never closes")
        .isEqualTo(NegotiationStatus.ACTIVE);
    assertThat(pendingOf(asked))
        .contains(new PendingConfirmation.Deal(World.salaryPackage(88_000)));
    assertThat(asked.message().content()).doesNotContain("Deal.");
    Negotiation done = ok(useCases.accepting().accept(world.person, negotiation.id()));
    assertThat(done.status()).isEqualTo(NegotiationStatus.COMPLETED);
    assertThat(done.dealTerms().orElseThrow().terms()).isEqualTo(World.salaryPackage(88_000));
  }

  @Test
  void a_persona_that_accepts_an_explicit_proposal_closes_at_once() {
    world.script = turn -> World.offer("How about this?", World.salaryPackage(85_000));
    ok(useCases.producingTheAiTurn().produce(negotiation.id(), new Move.Talk()));
    ok(useCases.proposing().propose(world.person, negotiation.id(), World.salaryPackage(88_000)));
    world.script =
        turn -> new PersonaReply("Deal.", "fair enough", Phase.CLOSING, 0.9, new Move.Accept());

    ProducingTheAiTurn.AiTurn turn =
        ok(
            useCases
                .producingTheAiTurn()
                .produce(
                    negotiation.id(), new Move.CounterOffer(World.salaryPackage(88_000)), false));

    assertThat(turn.negotiation().status()).isEqualTo(NegotiationStatus.COMPLETED);
  }

  @Test
  void accepting_with_nothing_on_the_table_is_just_talk() {
    SendingAMessage.Sent sent = ok(send("I accept"));

    assertThat(sent.move()).isEqualTo(new Move.Talk());
    assertThat(sent.negotiation().status()).isEqualTo(NegotiationStatus.ACTIVE);
  }

  @Test
  void walking_away_in_chat_is_asked_about_and_ends_only_on_a_yes() {
    SendingAMessage.Sent sent = ok(send("If that's final, I walk away."));
    assertThat(sent.negotiation().status()).isEqualTo(NegotiationStatus.ACTIVE);

    ProducingTheAiTurn.AiTurn asked = aiAnswers(sent);
    assertThat(pendingOf(asked)).contains(new PendingConfirmation.WalkAway());
    assertThat(asked.negotiation().status()).isEqualTo(NegotiationStatus.ACTIVE);

    SendingAMessage.Sent confirmed = ok(send("Yes, I walk away."));
    assertThat(confirmed.negotiation().status()).isEqualTo(NegotiationStatus.COMPLETED);
    assertThat(confirmed.negotiation().dealTerms().orElseThrow().agreed()).isFalse();
  }

  @Test
  void a_no_to_the_walk_away_question_keeps_talking() {
    aiAnswers(ok(send("This is not working, I walk away.")));

    SendingAMessage.Sent sent = ok(send("No, let's keep going. What about remote days?"));

    assertThat(sent.negotiation().status()).isEqualTo(NegotiationStatus.ACTIVE);
  }
}
