package dev.parley.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.domain.debrief.Debrief;
import dev.parley.domain.negotiation.AiMetadata;
import dev.parley.domain.negotiation.DealTerms;
import dev.parley.domain.negotiation.FinalScore;
import dev.parley.domain.negotiation.Message;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.negotiation.ReadAs;
import dev.parley.domain.result.Rejection;
import dev.parley.domain.terms.Terms;
import dev.parley.socketio.Json;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The payloads of the event contract, built from domain values. The seed's fields keep their names
 * and meaning; fields the design adds sit beside them.
 */
final class ContractViews {

  private ContractViews() {}

  /** The seed's User or AI Message Object, plus its {@code sequence} in the negotiation. */
  static ObjectNode message(Message message) {
    ObjectNode view =
        Json.object()
            .put("id", message.id().toString())
            .put("negotiation_id", message.negotiationId().toString())
            .put("sender_type", lower(message.sender().name()))
            .put("content", message.content());
    message.aiMetadata().ifPresent(metadata -> view.set("ai_metadata", aiMetadata(metadata)));
    message.readAs().ifPresent(readAs -> view.set("read_as", readAs(readAs)));
    return view.put("timestamp", message.createdAt().toString())
        .put("read", message.read())
        .put("sequence", message.sequence());
  }

  /**
   * {@code ai_metadata}: the seed's four fields; a message that asks the learner to confirm an
   * ending adds {@code pending_action} ({@code deal} or {@code walk_away}) and, for a deal, {@code
   * pending_terms}.
   */
  static ObjectNode aiMetadata(AiMetadata metadata) {
    ObjectNode view =
        Json.object()
            .put("model", metadata.model())
            .put("reasoning", metadata.reasoning())
            .put("negotiation_state", lower(metadata.negotiationState().name()))
            .put("confidence", metadata.confidence());
    metadata
        .pending()
        .ifPresent(
            pending -> {
              view.put("pending_action", pending.action());
              pending.pendingTerms().ifPresent(terms -> view.set("pending_terms", terms(terms)));
            });
    return view;
  }

  /**
   * {@code read_as}, on the send-message acknowledgement and on the learner's messages in the
   * history: what the persona read the message as, how sure it is, and for an offer the terms and
   * whether they went on the table ({@code false} while it checks with the learner).
   */
  static ObjectNode readAs(ReadAs readAs) {
    ObjectNode view =
        Json.object()
            .put("move", lower(readAs.kind().name()))
            .put("confidence", readAs.confidence());
    if (readAs.kind() == ReadAs.Kind.OFFER) {
      view.set("terms", terms(readAs.terms()));
      view.put("tabled", readAs.tabled());
    }
    return view;
  }

  /** {@code negotiation-state}: the seed's three fields, then the design's additions. */
  static ObjectNode state(Negotiation negotiation, int participantCount) {
    ObjectNode view =
        Json.object()
            .put("negotiation_id", negotiation.id().toString())
            .put("status", lower(negotiation.status().name()))
            .put("participant_count", participantCount)
            .put("phase", lower(negotiation.phase().name()))
            .put("scenario_id", negotiation.scenarioId())
            .put("persona_id", negotiation.personaId());
    view.set("deal_terms", dealTerms(negotiation.dealTerms()));
    view.set("final_score", finalScore(negotiation.finalScore()));
    view.set("on_table", terms(negotiation.onTable()));
    return view.put("rounds", negotiation.rounds())
        .put("round_limit", negotiation.roundLimit())
        .put("expires_at", negotiation.expiresAt().toString())
        .put("updated_at", negotiation.updatedAt().toString());
  }

  /**
   * The debrief in brief, on the final {@code negotiation-update}: how it ended, the share of the
   * zone claimed, whether the deal was on the frontier, the three things to do better first, and
   * where the whole debrief is ({@code GET /api/negotiations/{id}/debrief}).
   */
  static ObjectNode debriefSummary(Debrief debrief) {
    ObjectNode view = Json.object().put("ending", lower(debrief.ending().name()));
    debrief.joint().claimedPercent().ifPresent(claimed -> view.put("claimed_percent", claimed));
    view.put("on_frontier", debrief.joint().onFrontier());
    view.put("deal_was_possible", debrief.joint().dealWasPossible());
    ArrayNode tips = view.putArray("tips");
    debrief.toImprove().stream()
        .limit(3)
        .forEach(
            annotation ->
                tips.addObject()
                    .put("category", lower(annotation.category().name()))
                    .put("observation", annotation.observation())
                    .put("tip", annotation.tip()));
    return view;
  }

  /** {@code negotiation-update}: the seed's fields, then phase and the terms on the table. */
  static ObjectNode update(Negotiation negotiation) {
    ObjectNode view =
        Json.object()
            .put("negotiation_id", negotiation.id().toString())
            .put("status", lower(negotiation.status().name()));
    view.set("deal_terms", dealTerms(negotiation.dealTerms()));
    view.set("final_score", finalScore(negotiation.finalScore()));
    view.put("updated_at", negotiation.updatedAt().toString())
        .put("phase", lower(negotiation.phase().name()));
    view.set("on_table", terms(negotiation.onTable()));
    return view;
  }

  /** {@code message-history}: the last messages, oldest first, and whether older ones exist. */
  static ObjectNode history(UUID negotiationId, List<Message> messages, boolean hasMore) {
    ObjectNode view = Json.object().put("negotiation_id", negotiationId.toString());
    var list = view.putArray("messages");
    messages.forEach(message -> list.add(message(message)));
    return view.put("has_more", hasMore);
  }

  /** {@code ai-typing}: {@code typing}, with {@code estimated_time} in ms while typing. */
  static ObjectNode aiTyping(UUID negotiationId, boolean typing, long estimatedMillis) {
    ObjectNode view = Json.object().put("typing", typing);
    if (typing) {
      view.put("estimated_time", estimatedMillis);
    }
    return view.put("negotiation_id", negotiationId.toString());
  }

  /** {@code user-typing}: who is typing, and where. */
  static ObjectNode userTyping(UUID userId, boolean typing, UUID negotiationId) {
    return Json.object()
        .put("user_id", userId.toString())
        .put("typing", typing)
        .put("negotiation_id", negotiationId.toString());
  }

  /** The {@code error} event: {@code {code, message, event, negotiation_id?, retry_after_ms?}}. */
  static ObjectNode error(
      Rejection rejection, String event, Optional<UUID> negotiationId, Instant now) {
    ObjectNode view =
        Json.object()
            .put("code", rejection.code().name())
            .put("message", rejection.message())
            .put("event", event);
    negotiationId.ifPresent(id -> view.put("negotiation_id", id.toString()));
    rejection.retryAfter().ifPresent(wait -> view.put("retry_after_ms", wait.toMillis()));
    return view.put("timestamp", now.toString());
  }

  /** The ack of a refused event: {@code {ok:false, error:{code, message, retry_after_ms?}}}. */
  static ObjectNode refusedAck(Rejection rejection) {
    ObjectNode error =
        Json.object().put("code", rejection.code().name()).put("message", rejection.message());
    rejection.retryAfter().ifPresent(wait -> error.put("retry_after_ms", wait.toMillis()));
    ObjectNode ack = Json.object().put("ok", false);
    ack.set("error", error);
    return ack;
  }

  /** The ack of an accepted event: {@code {ok:true}} followed by {@code fields}. */
  static ObjectNode okAck(ObjectNode fields) {
    ObjectNode ack = Json.object().put("ok", true);
    ack.setAll(fields);
    return ack;
  }

  /** Issue keys to values; whole values are written without a fraction ({@code 85000}). */
  static ObjectNode terms(Terms terms) {
    ObjectNode view = Json.object();
    for (Map.Entry<String, Double> term : terms.values().entrySet()) {
      double value = term.getValue();
      if (value == Math.rint(value) && Math.abs(value) < 1e15) {
        view.put(term.getKey(), (long) value);
      } else {
        view.put(term.getKey(), value);
      }
    }
    return view;
  }

  private static JsonNode dealTerms(Optional<DealTerms> deal) {
    return deal.<JsonNode>map(
            terms -> {
              ObjectNode view = Json.object().put("agreed", terms.agreed());
              view.set("terms", terms(terms.terms()));
              return view;
            })
        .orElse(NullNode.getInstance());
  }

  private static JsonNode finalScore(Optional<FinalScore> score) {
    return score
        .<JsonNode>map(
            s ->
                Json.object()
                    .put("claiming_value", s.claimingValue())
                    .put("creating_value", s.creatingValue())
                    .put("managing_relationships", s.managingRelationships())
                    .put("overall", s.overall()))
        .orElse(NullNode.getInstance());
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
