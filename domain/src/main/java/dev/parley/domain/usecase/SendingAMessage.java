package dev.parley.domain.usecase;

import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.negotiation.NegotiationStatus;
import dev.parley.domain.negotiation.PendingConfirmation;
import dev.parley.domain.negotiation.ReadAs;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.negotiation.TextSanitiser;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.MoveValidation;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Result;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.scoring.Scoring;
import dev.parley.domain.terms.Terms;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sending a message: the person's chat text is checked (1..1000 characters after trimming), the
 * negotiation must be theirs and active, the user may send 10 per minute; the text is sanitised,
 * stored and announced, and what it says is read into a move: proposed terms go on the table. An
 * acceptance or a walk-away read from chat ends nothing by itself: the AI first restates it and
 * asks ({@link Confirmations}), and only the learner's yes to that question ends the negotiation.
 * Likewise a proposal the reader is unsure of ("95" with no issue named and nothing on the table)
 * stays off the table until the learner confirms it ({@link Sent#toCheck()}). The AI's answer is a
 * separate step ({@link ProducingTheAiTurn}), run when {@link Sent#awaitsAiTurn()}.
 *
 * <p>A client may name its message ({@code client_message_id}): sent again under the same name (a
 * retry after a lost acknowledgement), it is not stored, read or answered again; the stored one is
 * the answer. Its id is derived from the name, so the store's unique message ids keep it single.
 */
public final class SendingAMessage {

  /**
   * The stored message, the negotiation after it, and the move read from it.
   *
   * @param confidence how sure the reader was of {@code move}
   * @param toCheck a proposal the reader was unsure of: not on the table, the AI asks about it
   * @param repeated the message was sent before under the same client message id: nothing new
   *     happened
   */
  public record Sent(
      Message message,
      Negotiation negotiation,
      Move move,
      double confidence,
      Optional<PendingConfirmation> toCheck,
      boolean repeated) {
    /** True when the persona should now answer. */
    public boolean awaitsAiTurn() {
      return !repeated && negotiation.status() == NegotiationStatus.ACTIVE;
    }

    static Sent again(Message stored, Negotiation now) {
      return new Sent(
          stored,
          now,
          new Move.Talk(),
          stored.readAs().map(ReadAs::confidence).orElse(1.0),
          Optional.empty(),
          true);
    }
  }

  private final NegotiationLedger ledger;
  private final Settings settings;
  private final ChatReading reading;
  private final Confirmations confirmations;

  public SendingAMessage(Ports ports, Settings settings, Scoring scoring, ChatReading reading) {
    this.ledger = new NegotiationLedger(ports, scoring);
    this.settings = settings;
    this.reading = reading;
    this.confirmations = new Confirmations(ledger, new CompletingANegotiation(ledger, settings));
  }

  public Result<Sent> send(Caller caller, UUID negotiationId, String content) {
    return send(caller, negotiationId, content, Optional.empty());
  }

  /**
   * Sends {@code content}; with a {@code clientMessageId} the client has sent before in this
   * negotiation, answers what was stored then.
   */
  public Result<Sent> send(
      Caller caller, UUID negotiationId, String content, Optional<String> clientMessageId) {
    Optional<UUID> namedId = clientMessageId.map(name -> messageIdFor(caller, negotiationId, name));
    Result<Sent> result =
        checkedLength(content)
            .then(trimmed -> ledger.owned(caller, negotiationId))
            .then(
                owned -> {
                  Optional<Message> before =
                      namedId.flatMap(id -> ledger.ports().messages().find(negotiationId, id));
                  if (before.isPresent()) {
                    return Result.ok(Sent.again(before.get(), owned));
                  }
                  return ledger
                      .activeNow(owned)
                      .then(active -> ledger.withinMessageRate(caller, settings, active))
                      .then(
                          active ->
                              sanitised(content).then(text -> deliver(namedId, active, text)));
                });
    return ledger.audited(caller, "send-message", negotiationId, result);
  }

  private static UUID messageIdFor(Caller caller, UUID negotiationId, String clientMessageId) {
    return UUID.nameUUIDFromBytes(
        ("client-message|" + caller.userId() + "|" + negotiationId + "|" + clientMessageId)
            .getBytes(StandardCharsets.UTF_8));
  }

  private Result<String> checkedLength(String content) {
    if (content == null) {
      return Result.refused(ErrorCode.INVALID_PAYLOAD, "content must be a string");
    }
    String trimmed = content.strip();
    if (trimmed.isEmpty()) {
      return Result.refused(ErrorCode.MESSAGE_EMPTY, "The message is empty");
    }
    // what a person sees: code points after NFC, bidirectional and invisible controls not counted
    if (TextSanitiser.visibleLength(trimmed) > settings.maxMessageLength()) {
      return Result.refused(
          ErrorCode.MESSAGE_TOO_LONG,
          "A message has at most " + settings.maxMessageLength() + " characters");
    }
    return Result.ok(trimmed);
  }

  private static Result<String> sanitised(String content) {
    String text = TextSanitiser.sanitise(content);
    return text.isEmpty()
        ? Result.refused(ErrorCode.MESSAGE_EMPTY, "The message has no text once markup is removed")
        : Result.ok(text);
  }

  private Result<Sent> deliver(Optional<UUID> namedId, Negotiation active, String text) {
    return ledger
        .scenarioOf(active)
        .then(
            scenario -> {
              ChatReading.Reading reading =
                  this.reading.read(text, scenario, active.onTable(), ledger.now());
              Optional<PendingConfirmation> confirmed =
                  confirmations
                      .awaited(active)
                      .filter(pending -> Confirmations.confirms(reading.move(), pending));
              Move move =
                  confirmed
                      .map(pending -> Confirmations.confirmedMove(pending, reading.move()))
                      .orElseGet(() -> understood(scenario, active, reading.move()));
              Optional<PendingConfirmation> toCheck =
                  confirmed.isEmpty() && !reading.sure() && move instanceof Move.CounterOffer offer
                      ? Optional.of(new PendingConfirmation.Proposal(offer.terms()))
                      : Optional.empty();
              Terms proposal =
                  toCheck.isEmpty() && move instanceof Move.CounterOffer offer
                      ? offer.terms()
                      : Terms.NONE;
              Optional<ReadAs> readAs =
                  Optional.of(ReadAs.of(move, reading.confidence(), toCheck.isEmpty()));
              Message stored =
                  ledger.append(
                      namedId.orElseGet(() -> ledger.ports().ids().next()),
                      active.id(),
                      Sender.USER,
                      text,
                      Optional.empty(),
                      proposal,
                      readAs);
              Result<Negotiation> after =
                  ledger.updateOrExpire(
                      active.id(),
                      current ->
                          current
                              .acceptingMessages(ledger.now())
                              .then(open -> carriedOut(open, move, confirmed, toCheck)));
              // The message is stored whatever happened to the move (say the negotiation ended
              // meanwhile): report it with the negotiation as it now stands.
              Negotiation now =
                  after instanceof Result.Ok<Negotiation>(Negotiation changed)
                      ? changed
                      : ledger.ports().negotiations().findById(active.id()).orElse(active);
              return Result.ok(new Sent(stored, now, move, reading.confidence(), toCheck, false));
            });
  }

  private Result<Negotiation> carriedOut(
      Negotiation open,
      Move move,
      Optional<PendingConfirmation> confirmed,
      Optional<PendingConfirmation> toCheck) {
    if (confirmed.isPresent()) {
      return confirmations.carryOut(confirmed.get(), open);
    }
    return toCheck.isPresent() ? Result.ok(open) : apply(move, open);
  }

  /**
   * The move the text makes, kept only if it is legal here: proposed values are snapped to the
   * issues' steps (people write "85,500" where steps are 1000), an acceptance needs the persona's
   * complete offer on the table; anything else is plain talk.
   */
  private static Move understood(Scenario scenario, Negotiation active, Move read) {
    Move move =
        read instanceof Move.CounterOffer offer
            ? new Move.CounterOffer(snapped(scenario, offer.terms()))
            : read;
    if (move instanceof Move.CounterOffer offer && offer.terms().isEmpty()) {
      return new Move.Talk();
    }
    return MoveValidation.check(move, Side.PERSON, scenario, active).isOk()
        ? move
        : new Move.Talk();
  }

  private static Terms snapped(Scenario scenario, Terms terms) {
    Terms snapped = Terms.NONE;
    for (Map.Entry<String, Double> term : terms.values().entrySet()) {
      Optional<Issue> issue = scenario.issue(term.getKey());
      if (issue.isPresent() && Double.isFinite(term.getValue())) {
        snapped = snapped.with(term.getKey(), issue.get().snap(term.getValue()));
      }
    }
    return snapped;
  }

  /** Only an offer changes the table here; the AI answers an acceptance or walk-away by asking. */
  private Result<Negotiation> apply(Move move, Negotiation open) {
    return move instanceof Move.CounterOffer offer
        ? open.table(Side.PERSON, offer.terms(), ledger.now())
        : Result.ok(open);
  }
}
