package dev.parley.domain.usecase;

import dev.parley.domain.negotiation.AiMetadata;
import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.negotiation.PendingConfirmation;
import dev.parley.domain.negotiation.Phase;
import dev.parley.domain.negotiation.Sender;
import dev.parley.domain.persona.Move;
import dev.parley.domain.result.Result;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.terms.TermsSpeech;
import java.util.List;
import java.util.Optional;

/**
 * Endings read from chat wait for the learner's word. When the learner's text reads as accepting
 * the persona's package, or the persona accepts a package the learner typed, the AI restates the
 * whole package and asks; when the text reads as walking away, it asks whether to end. The
 * learner's next message carries the ending out only if it is an unhedged yes to exactly what was
 * asked (the table unchanged); anything else keeps the negotiation open. The buttons ({@code
 * accept-terms}, {@code walk-away}) are explicit and need no such step.
 */
final class Confirmations {

  private final NegotiationLedger ledger;
  private final CompletingANegotiation completing;

  Confirmations(NegotiationLedger ledger, CompletingANegotiation completing) {
    this.ledger = ledger;
    this.completing = completing;
  }

  /** The confirmation the AI's latest message asks for, if it is still the latest and current. */
  Optional<PendingConfirmation> awaited(Negotiation negotiation) {
    List<Message> last = ledger.ports().messages().last(negotiation.id(), 1);
    if (last.isEmpty() || last.getFirst().sender() != Sender.AI) {
      return Optional.empty();
    }
    return last.getFirst()
        .aiMetadata()
        .flatMap(AiMetadata::pending)
        .filter(
            pending ->
                !(pending instanceof PendingConfirmation.Deal deal)
                    || deal.terms().equals(negotiation.onTable()));
  }

  /** True when {@code read}, the learner's words, says yes to {@code pending}. */
  static boolean confirms(Move read, PendingConfirmation pending) {
    return switch (pending) {
      case PendingConfirmation.Deal deal -> read instanceof Move.Accept;
      case PendingConfirmation.Proposal proposal ->
          read instanceof Move.Accept
              || (read instanceof Move.CounterOffer offer
                  && offer.terms().equals(proposal.terms()));
      case PendingConfirmation.WalkAway walkAway ->
          read instanceof Move.Accept || read instanceof Move.WalkAway;
    };
  }

  /**
   * The move the learner made by confirming {@code pending}: the checked proposal, or {@code read}.
   */
  static Move confirmedMove(PendingConfirmation pending, Move read) {
    return pending instanceof PendingConfirmation.Proposal proposal
        ? new Move.CounterOffer(proposal.terms())
        : read;
  }

  /** Carries out the confirmed ending or proposal on {@code open}, if it still stands. */
  Result<Negotiation> carryOut(PendingConfirmation pending, Negotiation open) {
    return switch (pending) {
      case PendingConfirmation.Proposal proposal ->
          open.table(Side.PERSON, proposal.terms(), ledger.now());
      case PendingConfirmation.Deal deal ->
          deal.terms().equals(open.onTable()) && open.tabledBy().isPresent()
              ? completing.byDeal(open, open.tabledBy().get().other(), List.of())
              : Result.ok(open);
      case PendingConfirmation.WalkAway walkAway ->
          completing.byWalkAway(open, Side.PERSON, List.of());
    };
  }

  /** The AI's question for {@code pending}: the whole package restated, or whether to end. */
  static String question(PendingConfirmation pending, Scenario scenario) {
    return switch (pending) {
      case PendingConfirmation.Deal deal ->
          "Let me make sure we mean the same thing: "
              + TermsSpeech.describe(deal.terms(), scenario)
              + ". If that is the whole package, reply \"confirm\" (or press Accept) and we have a"
              + " deal; otherwise tell me what to change.";
      case PendingConfirmation.Proposal proposal ->
          "Just to check: are you proposing "
              + TermsSpeech.describe(proposal.terms(), scenario)
              + "? Reply \"yes\" and I will take it as your offer, or tell me what you meant.";
      case PendingConfirmation.WalkAway walkAway ->
          "Before we stop: do you want to end this negotiation without a deal? Reply \"yes, I"
              + " walk away\" to end it, or tell me what would keep you at the table.";
    };
  }

  /**
   * The metadata of the question: closing for an ending, fully sure of what it restates; a proposal
   * check is still discussion.
   */
  static AiMetadata metadata(String model, PendingConfirmation pending) {
    String reasoning =
        switch (pending) {
          case PendingConfirmation.Deal deal ->
              "Restating the full package before a deal read from chat is recorded";
          case PendingConfirmation.Proposal proposal ->
              "Unsure of the figures read from the message; checking before they go on the table";
          case PendingConfirmation.WalkAway walkAway ->
              "Checking that the learner means to end without a deal";
        };
    Phase phase =
        pending instanceof PendingConfirmation.Proposal ? Phase.DISCUSSION : Phase.CLOSING;
    return new AiMetadata(model, reasoning, phase, 1.0, Optional.of(pending));
  }
}
