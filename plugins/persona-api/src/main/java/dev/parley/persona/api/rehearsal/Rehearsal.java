package dev.parley.persona.api.rehearsal;

import dev.parley.domain.negotiation.AiMetadata;
import dev.parley.domain.negotiation.FinalScore;
import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.MoveValidation;
import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.result.Result;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.scoring.Scoring;
import dev.parley.domain.terms.Terms;
import dev.parley.persona.api.LimitLeaks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Plays a whole negotiation between a persona and a scripted {@link Counterpart}, with the domain's
 * own rules: the {@link Negotiation} aggregate keeps the table, {@link MoveValidation} checks every
 * move, and {@link Scoring} scores the result. Each reply is also checked as the server checks it
 * (length, no private limits named, not empty): a reply the server would refuse fails the rehearsal
 * with the reason. For testing personas, built in or your own, without a server.
 */
public final class Rehearsal {

  /** The person's side, scripted. */
  @FunctionalInterface
  public interface Counterpart {
    /** The person's next message and move, given the table so far. */
    Said next(Table table);
  }

  /** A message and the move it makes. */
  public record Said(String text, Move move) {}

  /** What the person's side can see: the scenario (its own brief) and the table. */
  public record Table(
      Scenario scenario,
      int round,
      Terms onTable,
      Optional<Side> tabledBy,
      List<Message> transcript) {

    /** The persona's current offer, if it proposed last. */
    public Optional<Terms> personaOffer() {
      return tabledBy.filter(side -> side == Side.PERSONA).map(side -> onTable);
    }
  }

  /** How it ended. */
  public record Outcome(
      Optional<Terms> deal,
      Optional<Side> walkedAway,
      int rounds,
      FinalScore score,
      List<Message> transcript,
      List<PersonaReply> replies) {}

  private static final Instant START = Instant.parse("2026-01-01T09:00:00Z");

  private Rehearsal() {}

  public static Outcome play(
      Persona persona, Scenario scenario, Counterpart counterpart, UUID negotiationId) {
    Negotiation table =
        Negotiation.start(
            negotiationId, new UUID(0, 1), scenario, persona.descriptor().id(), START);
    List<Message> transcript = new ArrayList<>();
    List<PersonaReply> replies = new ArrayList<>();
    while (table.rounds() < table.roundLimit()) {
      Said said =
          counterpart.next(
              new Table(
                  scenario,
                  table.rounds(),
                  table.onTable(),
                  table.tabledBy(),
                  List.copyOf(transcript)));
      table = apply(table, said.move(), Side.PERSON, scenario, "person");
      transcript.add(
          message(negotiationId, transcript, Sender.USER, said.text(), said.move(), null));
      if (said.move() instanceof Move.Accept) {
        return ended(
            Optional.of(table.onTable()), Optional.empty(), table, scenario, transcript, replies);
      }
      if (said.move() instanceof Move.WalkAway) {
        return ended(
            Optional.empty(), Optional.of(Side.PERSON), table, scenario, transcript, replies);
      }
      PersonaTurn turn =
          new PersonaTurn(
              scenario,
              scenario.counterpart().preferences(),
              transcript,
              said.move(),
              table.onTable(),
              table.tabledBy(),
              table.phase(),
              table.rounds(),
              table.roundLimit(),
              scenario.timeLimit());
      PersonaReply reply = asTheServerWouldTakeIt(persona.reply(turn), turn);
      replies.add(reply);
      Terms before = table.onTable();
      table = apply(table, reply.move(), Side.PERSONA, scenario, persona.descriptor().id());
      transcript.add(
          message(negotiationId, transcript, Sender.AI, reply.text(), reply.move(), reply));
      if (reply.move() instanceof Move.Accept) {
        return ended(Optional.of(before), Optional.empty(), table, scenario, transcript, replies);
      }
      if (reply.move() instanceof Move.WalkAway) {
        return ended(
            Optional.empty(), Optional.of(Side.PERSONA), table, scenario, transcript, replies);
      }
      table = orFail(table.completeRound(reply.phase(), START), "round");
    }
    return ended(Optional.empty(), Optional.empty(), table, scenario, transcript, replies);
  }

  /**
   * The reply, or a failure saying why the server would refuse it (the learner would get {@code
   * AI_UNAVAILABLE}): no answer, an empty text, a text or reasoning over the length limit, or one
   * naming the persona's private limits. The move itself is checked by {@link MoveValidation}.
   */
  private static PersonaReply asTheServerWouldTakeIt(PersonaReply reply, PersonaTurn turn) {
    if (reply == null) {
      throw new IllegalStateException("the persona gave no answer (the server: AI_UNAVAILABLE)");
    }
    if (reply.text().isBlank()) {
      throw new IllegalStateException("the persona's text is empty (the server: AI_UNAVAILABLE)");
    }
    reply
        .overLength()
        .ifPresent(
            problem -> {
              throw new IllegalStateException("the server would refuse this reply: " + problem);
            });
    LimitLeaks.find(reply.text(), turn)
        .or(() -> LimitLeaks.find(reply.reasoning(), turn))
        .ifPresent(
            leak -> {
              throw new IllegalStateException(
                  "the server would withhold this reply: it names the persona's " + leak);
            });
    return reply;
  }

  private static Negotiation apply(
      Negotiation table, Move move, Side side, Scenario scenario, String who) {
    orFail(MoveValidation.check(move, side, scenario, table), who + " move " + move);
    if (move instanceof Move.CounterOffer offer) {
      return orFail(table.table(side, offer.terms(), START), who + " offer");
    }
    return table;
  }

  private static Outcome ended(
      Optional<Terms> deal,
      Optional<Side> walkedAway,
      Negotiation table,
      Scenario scenario,
      List<Message> transcript,
      List<PersonaReply> replies) {
    FinalScore score = new Scoring().score(scenario, deal, transcript);
    return new Outcome(
        deal, walkedAway, table.rounds(), score, List.copyOf(transcript), List.copyOf(replies));
  }

  private static Message message(
      UUID negotiationId,
      List<Message> transcript,
      Sender sender,
      String text,
      Move move,
      PersonaReply reply) {
    Terms proposal = move instanceof Move.CounterOffer offer ? offer.terms() : Terms.NONE;
    Optional<AiMetadata> metadata =
        Optional.ofNullable(reply)
            .map(r -> new AiMetadata("rehearsal", r.reasoning(), r.phase(), r.confidence()));
    return new Message(
        new UUID(negotiationId.getMostSignificantBits(), transcript.size() + 1L),
        negotiationId,
        transcript.size() + 1L,
        sender,
        text,
        metadata,
        proposal,
        START.plus(Duration.ofSeconds(transcript.size())),
        true);
  }

  private static <T> T orFail(Result<T> result, String what) {
    return switch (result) {
      case Result.Ok<T> ok -> ok.value();
      case Result.Refused<T> refused ->
          throw new IllegalStateException(
              what + " refused by the domain: " + refused.rejection().message());
    };
  }
}
