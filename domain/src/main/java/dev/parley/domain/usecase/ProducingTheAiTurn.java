package dev.parley.domain.usecase;

import dev.parley.domain.negotiation.AiMetadata;
import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.negotiation.NegotiationStatus;
import dev.parley.domain.negotiation.PendingConfirmation;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.negotiation.TextSanitiser;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.MoveValidation;
import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.port.AuditEvent;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Rejection;
import dev.parley.domain.result.Result;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.scoring.Scoring;
import dev.parley.domain.terms.Terms;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Producing the AI's turn: the persona answers the person's latest move within the deadline
 * (default 30 s). The room sees the AI typing, then its message, then typing stop; the move is
 * checked and applied (an offer goes on the table, an acceptance makes the deal, a walk-away ends
 * it) and the round counted. When the person's move was read from chat, an acceptance on either
 * side and the person's walk-away are not applied: the AI restates them and asks ({@link
 * Confirmations}), a question that counts no round, expiring the negotiation at its round limit. A
 * persona that is too slow is AI_TIMEOUT, one that fails, is missing, makes an illegal move or
 * answers beyond {@link PersonaReply#MAX_TEXT_LENGTH} is AI_UNAVAILABLE; the person's message stays
 * stored either way and nothing of the AI's is kept.
 *
 * <p>The AI is shown typing once its reply is known, for as long as the reply then takes to appear
 * ({@link ReplyPacing}); that wait holds no turn lock.
 */
public final class ProducingTheAiTurn {

  /** The AI's stored message and the negotiation after its move. */
  public record AiTurn(Message message, Negotiation negotiation) {}

  private final NegotiationLedger ledger;
  private final Settings settings;
  private final CompletingANegotiation completing;
  private final Executor executor;
  private final ReplyPacing pacing;

  /**
   * One turn at a time per negotiation on this node, so replies come in the order of the messages
   * they answer (striped: a fixed set of locks, no per-negotiation state to clean up).
   */
  private final ReentrantLock[] turnLocks = new ReentrantLock[64];

  /** Personas are called on virtual threads. */
  /** The longest a persona may think before its turn fails; a turn never takes much longer. */
  public Duration aiDeadline() {
    return settings.aiDeadline();
  }

  /** The longest a turn takes: the persona's deadline, then its reply's delay. */
  public Duration longestTurn() {
    return settings.aiDeadline().plus(pacing.max());
  }

  public ProducingTheAiTurn(Ports ports, Settings settings, Scoring scoring) {
    this(ports, settings, scoring, task -> Thread.ofVirtual().name("persona").start(task));
  }

  public ProducingTheAiTurn(Ports ports, Settings settings, Scoring scoring, Executor executor) {
    this(ports, settings, scoring, executor, ReplyPacing.of(settings));
  }

  public ProducingTheAiTurn(
      Ports ports, Settings settings, Scoring scoring, Executor executor, ReplyPacing pacing) {
    this.pacing = pacing;
    this.ledger = new NegotiationLedger(ports, scoring);
    this.settings = settings;
    this.completing = new CompletingANegotiation(ledger, settings);
    this.executor = executor;
    for (int i = 0; i < turnLocks.length; i++) {
      turnLocks[i] = new ReentrantLock();
    }
  }

  /** The persona answers {@code latestMove}, made by an explicit event (propose-terms). */
  public Result<AiTurn> produce(UUID negotiationId, Move latestMove) {
    return produce(negotiationId, latestMove, false);
  }

  /**
   * The persona answers {@code latestMove}, the move the person's last action made; {@code
   * readFromChat} when it was read from a chat message rather than stated by an event.
   */
  public Result<AiTurn> produce(UUID negotiationId, Move latestMove, boolean readFromChat) {
    ReentrantLock lock = turnLockOf(negotiationId);
    try {
      pacing.enterTurn(negotiationId, lock);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Result.refused(
          ErrorCode.AI_UNAVAILABLE, "Interrupted while waiting for the last reply");
    }
    try {
      return produceAlone(negotiationId, latestMove, readFromChat);
    } finally {
      pacing.endTurn(negotiationId);
      lock.unlock();
    }
  }

  /**
   * The AI asks the person to confirm {@code pending} (a proposal the reader was unsure of) instead
   * of the persona answering; the table and rounds stay as they are.
   */
  public Result<AiTurn> check(UUID negotiationId, PendingConfirmation pending) {
    ReentrantLock lock = turnLockOf(negotiationId);
    try {
      pacing.enterTurn(negotiationId, lock);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Result.refused(
          ErrorCode.AI_UNAVAILABLE, "Interrupted while waiting for the last reply");
    }
    try {
      return ledger
          .ports()
          .negotiations()
          .findById(negotiationId)
          .<Result<Negotiation>>map(Result::ok)
          .orElseGet(() -> Result.refused(ErrorCode.NEGOTIATION_NOT_FOUND, "Negotiation not found"))
          .then(ledger::activeNow)
          .then(
              active -> ledger.scenarioOf(active).then(scenario -> ask(scenario, active, pending)));
    } finally {
      pacing.endTurn(negotiationId);
      lock.unlock();
    }
  }

  private Result<AiTurn> ask(Scenario scenario, Negotiation active, PendingConfirmation pending) {
    return ledger
        .ports()
        .personas()
        .find(active.personaId())
        .map(persona -> ask(scenario, active, persona, pending))
        .orElseGet(
            () -> Result.refused(ErrorCode.AI_UNAVAILABLE, "This negotiator is not available"));
  }

  private ReentrantLock turnLockOf(UUID negotiationId) {
    return turnLocks[Math.floorMod(negotiationId.hashCode(), turnLocks.length)];
  }

  /**
   * Shows the AI typing {@code text} for as long as it takes to appear, waiting that out without
   * the turn lock; the reply is still due if the negotiation is still active with the same table
   * (one that ended or changed meanwhile gets no stale reply).
   */
  private Result<Negotiation> typed(Negotiation active, String text) {
    Duration delay = pacing.delayFor(text);
    ledger.ports().room().aiTyping(active.id(), true, delay);
    if (delay.isZero()) {
      return Result.ok(active);
    }
    try {
      pacing.awaitWithoutLock(active.id(), delay, turnLockOf(active.id()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Result.refused(ErrorCode.AI_UNAVAILABLE, "Interrupted while the negotiator typed");
    }
    return ledger
        .ports()
        .negotiations()
        .findById(active.id())
        .<Result<Negotiation>>map(Result::ok)
        .orElseGet(() -> Result.refused(ErrorCode.NEGOTIATION_NOT_FOUND, "Negotiation not found"))
        .then(ledger::activeNow)
        .then(
            now ->
                now.onTable().equals(active.onTable()) && now.tabledBy().equals(active.tabledBy())
                    ? Result.ok(now)
                    : Result.refused(
                        ErrorCode.NEGOTIATION_NOT_ACTIVE,
                        "The table changed while the negotiator typed; its reply is dropped"));
  }

  private Result<AiTurn> produceAlone(UUID negotiationId, Move latestMove, boolean readFromChat) {
    Result<AiTurn> result =
        ledger
            .ports()
            .negotiations()
            .findById(negotiationId)
            .<Result<Negotiation>>map(Result::ok)
            .orElseGet(
                () -> Result.refused(ErrorCode.NEGOTIATION_NOT_FOUND, "Negotiation not found"))
            .then(ledger::activeNow)
            .then(
                active ->
                    ledger
                        .scenarioOf(active)
                        .then(scenario -> answer(scenario, active, latestMove, readFromChat)));
    String outcome =
        switch (result) {
          case Result.Ok<AiTurn> ok -> AuditEvent.OK;
          case Result.Refused<AiTurn> refused -> refused.rejection().code().name();
        };
    String detail =
        switch (result) {
          case Result.Ok<AiTurn> ok ->
              ok.value().message().aiMetadata().map(AiMetadata::model).orElse("");
          case Result.Refused<AiTurn> refused -> refused.rejection().message();
        };
    ledger.auditSystem("ai-turn", negotiationId, outcome, detail);
    return result;
  }

  /** The dev event {@code dev-trigger-ai}: the persona answers now, as to plain talk. */
  public Result<AiTurn> triggerForDevelopment(Caller caller, UUID negotiationId) {
    if (!settings.devMode()) {
      return ledger.audited(
          caller,
          "dev-trigger-ai",
          negotiationId,
          Result.refused(ErrorCode.DEV_DISABLED, "Dev events are disabled"));
    }
    Result<Negotiation> owned = ledger.owned(caller, negotiationId);
    ledger.audited(caller, "dev-trigger-ai", negotiationId, owned);
    return owned.then(mine -> produce(negotiationId, new Move.Talk()));
  }

  private Result<AiTurn> answer(
      Scenario scenario, Negotiation active, Move latestMove, boolean readFromChat) {
    Optional<Persona> persona = ledger.ports().personas().find(active.personaId());
    if (persona.isEmpty()) {
      return Result.refused(ErrorCode.AI_UNAVAILABLE, "This negotiator is not available");
    }
    Optional<PendingConfirmation> toConfirm =
        readFromChat ? endingToConfirm(latestMove, scenario, active) : Optional.empty();
    if (toConfirm.isPresent()) {
      return ask(scenario, active, persona.get(), toConfirm.get());
    }
    PersonaTurn turn =
        new PersonaTurn(
            scenario,
            scenario.counterpart().preferences(),
            ledger.ports().messages().last(active.id(), settings.historyOnJoin()),
            latestMove,
            active.onTable(),
            active.tabledBy(),
            active.phase(),
            active.rounds(),
            active.roundLimit(),
            timeLeft(active));
    // The room sees typing once the reply is known (for as long as it takes to appear), and typing
    // stop after the AI's message (or after the failure), as a chat shows it.
    try {
      return withinDeadline(persona.get(), turn)
          .then(ProducingTheAiTurn::withinLength)
          .then(
              answer ->
                  readFromChat && answer.move() instanceof Move.Accept
                      ? acceptanceToConfirm(scenario, active, persona.get(), answer)
                      : applied(scenario, active, persona.get(), answer));
    } finally {
      ledger.ports().room().aiTyping(active.id(), false, Duration.ZERO);
    }
  }

  private Result<PersonaReply> withinDeadline(Persona persona, PersonaTurn turn) {
    // A FutureTask, unlike a CompletableFuture, interrupts the persona's thread when cancelled.
    FutureTask<PersonaReply> call = new FutureTask<>(() -> persona.reply(turn));
    try {
      executor.execute(call);
    } catch (RuntimeException e) {
      return Result.refused(ErrorCode.AI_UNAVAILABLE, "The negotiator could not be started");
    }
    try {
      PersonaReply reply = call.get(settings.aiDeadline().toMillis(), TimeUnit.MILLISECONDS);
      return reply == null
          ? Result.refused(ErrorCode.AI_UNAVAILABLE, "The negotiator gave no answer")
          : Result.ok(reply);
    } catch (TimeoutException e) {
      call.cancel(true);
      return Result.refused(
          ErrorCode.AI_TIMEOUT,
          "The negotiator did not answer within "
              + settings.aiDeadline().toSeconds()
              + " s; your message is saved");
    } catch (ExecutionException e) {
      return Result.refused(
          ErrorCode.AI_UNAVAILABLE, "The negotiator is unavailable; your message is saved");
    } catch (InterruptedException e) {
      call.cancel(true);
      Thread.currentThread().interrupt();
      return Result.refused(
          ErrorCode.AI_UNAVAILABLE, "Interrupted while waiting for the negotiator");
    }
  }

  /** A reply too long to show is refused whole, never cut: a cut could change what it says. */
  private static Result<PersonaReply> withinLength(PersonaReply reply) {
    return reply
        .overLength()
        .<Result<PersonaReply>>map(
            problem ->
                Result.refused(
                    ErrorCode.AI_UNAVAILABLE,
                    "The negotiator's reply was withheld: " + problem + "; your message is saved"))
        .orElseGet(() -> Result.ok(reply));
  }

  private Result<AiTurn> applied(
      Scenario scenario, Negotiation active, Persona persona, PersonaReply reply) {
    Result<dev.parley.domain.persona.Move> legal =
        MoveValidation.check(reply.move(), Side.PERSONA, scenario, active);
    if (legal instanceof Result.Refused<Move> refused) {
      return Result.refused(
          Rejection.of(
              ErrorCode.AI_UNAVAILABLE,
              "The negotiator made an invalid move ("
                  + refused.rejection().message()
                  + "); your message is saved"));
    }
    String text = TextSanitiser.sanitise(reply.text());
    if (text.isEmpty()) {
      return Result.refused(ErrorCode.AI_UNAVAILABLE, "The negotiator gave an empty answer");
    }
    if (typed(active, text) instanceof Result.Refused<Negotiation> stale) {
      return Result.refused(stale.rejection());
    }
    Terms proposal = reply.move() instanceof Move.CounterOffer offer ? offer.terms() : Terms.NONE;
    Message stored =
        ledger.append(
            active.id(),
            Sender.AI,
            text,
            Optional.of(
                new AiMetadata(
                    persona.descriptor().model(),
                    TextSanitiser.sanitise(reply.reasoning()),
                    reply.phase(),
                    reply.confidence())),
            proposal);
    Result<Negotiation> after =
        ledger.updateOrExpire(
            active.id(),
            current ->
                current
                    .acceptingMessages(ledger.now())
                    .then(
                        open ->
                            MoveValidation.check(reply.move(), Side.PERSONA, scenario, open)
                                .then(move -> apply(move, open)))
                    .then(
                        moved ->
                            moved.status() == NegotiationStatus.ACTIVE
                                ? moved.completeRound(reply.phase(), ledger.now())
                                : Result.ok(moved))
                    .then(
                        counted ->
                            counted.dueForExpiry(ledger.now())
                                ? ledger.expire(counted)
                                : Result.ok(counted)));
    // The reply is stored and announced; if the negotiation changed under it meanwhile, report
    // the negotiation as it now stands.
    Negotiation now =
        after instanceof Result.Ok<Negotiation>(Negotiation changed)
            ? changed
            : ledger.ports().negotiations().findById(active.id()).orElse(active);
    return Result.ok(new AiTurn(stored, now));
  }

  /** The person's acceptance (of a complete persona offer) or walk-away, read from chat. */
  private static Optional<PendingConfirmation> endingToConfirm(
      Move latestMove, Scenario scenario, Negotiation active) {
    return switch (latestMove) {
      case Move.Accept accept ->
          MoveValidation.check(accept, Side.PERSON, scenario, active).isOk()
              ? Optional.of(new PendingConfirmation.Deal(active.onTable()))
              : Optional.empty();
      case Move.WalkAway walkAway -> Optional.of(new PendingConfirmation.WalkAway());
      default -> Optional.empty();
    };
  }

  /**
   * The persona accepts what the person said in chat (perhaps part of a package, completed by the
   * persona's earlier terms): the AI restates the whole package instead of closing.
   */
  private Result<AiTurn> acceptanceToConfirm(
      Scenario scenario, Negotiation active, Persona persona, PersonaReply reply) {
    Result<Move> legal = MoveValidation.check(reply.move(), Side.PERSONA, scenario, active);
    if (legal instanceof Result.Refused<Move>) {
      return applied(scenario, active, persona, reply);
    }
    return ask(scenario, active, persona, new PendingConfirmation.Deal(active.onTable()));
  }

  /** The AI asks the person to confirm {@code pending}; the table and rounds stay as they are. */
  private Result<AiTurn> ask(
      Scenario scenario, Negotiation active, Persona persona, PendingConfirmation pending) {
    String question = Confirmations.question(pending, scenario);
    try {
      if (typed(active, question) instanceof Result.Refused<Negotiation> stale) {
        return Result.refused(stale.rejection());
      }
      Message stored =
          ledger.append(
              active.id(),
              Sender.AI,
              question,
              Optional.of(Confirmations.metadata(persona.descriptor().model(), pending)),
              Terms.NONE);
      return Result.ok(new AiTurn(stored, active));
    } finally {
      ledger.ports().room().aiTyping(active.id(), false, Duration.ZERO);
    }
  }

  private Result<Negotiation> apply(Move move, Negotiation open) {
    return switch (move) {
      case Move.CounterOffer offer -> open.table(Side.PERSONA, offer.terms(), ledger.now());
      case Move.Accept accept -> completing.byDeal(open, Side.PERSONA, List.of());
      case Move.WalkAway walkAway -> completing.byWalkAway(open, Side.PERSONA, List.of());
      case Move.Reject reject -> Result.ok(open);
      case Move.Ask ask -> Result.ok(open);
      case Move.Talk talk -> Result.ok(open);
    };
  }

  private Duration timeLeft(Negotiation negotiation) {
    Duration left = Duration.between(ledger.now(), negotiation.expiresAt());
    return left.isNegative() ? Duration.ZERO : left;
  }
}
