package dev.parley.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.domain.negotiation.AiMetadata;
import dev.parley.domain.negotiation.DealTerms;
import dev.parley.domain.negotiation.FinalScore;
import dev.parley.domain.negotiation.PendingConfirmation;
import dev.parley.domain.negotiation.Phase;
import dev.parley.domain.negotiation.ReadAs;
import dev.parley.domain.scenario.Side;
import dev.parley.domain.terms.Terms;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The jsonb columns' shapes, in the snake_case field names of the event contract. */
final class JsonColumns {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonColumns() {}

  static String terms(Terms terms) {
    return write(termsNode(terms));
  }

  static Terms terms(String json) {
    return termsOf(read(json));
  }

  static String dealTerms(DealTerms deal) {
    ObjectNode node = JSON.createObjectNode();
    node.put("agreed", deal.agreed());
    node.set("terms", termsNode(deal.terms()));
    deal.walkedAwayBy()
        .ifPresent(side -> node.put("walked_away_by", side.name().toLowerCase(Locale.ROOT)));
    return write(node);
  }

  static DealTerms dealTerms(String json) {
    JsonNode node = read(json);
    Optional<Side> walkedAwayBy =
        node.hasNonNull("walked_away_by")
            ? Optional.of(
                Side.valueOf(node.get("walked_away_by").asText().toUpperCase(Locale.ROOT)))
            : Optional.empty();
    return new DealTerms(
        node.path("agreed").asBoolean(), termsOf(node.path("terms")), walkedAwayBy);
  }

  static String finalScore(FinalScore score) {
    ObjectNode node = JSON.createObjectNode();
    node.put("claiming_value", score.claimingValue());
    node.put("creating_value", score.creatingValue());
    node.put("managing_relationships", score.managingRelationships());
    node.put("overall", score.overall());
    return write(node);
  }

  static FinalScore finalScore(String json) {
    JsonNode node = read(json);
    return new FinalScore(
        node.path("claiming_value").asInt(),
        node.path("creating_value").asInt(),
        node.path("managing_relationships").asInt(),
        node.path("overall").asInt());
  }

  static String aiMetadata(AiMetadata metadata) {
    ObjectNode node = JSON.createObjectNode();
    node.put("model", metadata.model());
    node.put("reasoning", metadata.reasoning());
    node.put("negotiation_state", metadata.negotiationState().name().toLowerCase(Locale.ROOT));
    node.put("confidence", metadata.confidence());
    metadata
        .pending()
        .ifPresent(
            pending -> {
              node.put("pending_action", pending.action());
              pending
                  .pendingTerms()
                  .ifPresent(terms -> node.set("pending_terms", termsNode(terms)));
            });
    return write(node);
  }

  static AiMetadata aiMetadata(String json) {
    JsonNode node = read(json);
    return new AiMetadata(
        node.path("model").asText(),
        node.path("reasoning").asText(),
        Phase.valueOf(node.path("negotiation_state").asText().toUpperCase(Locale.ROOT)),
        node.path("confidence").asDouble(),
        pendingOf(node));
  }

  static String readAs(ReadAs readAs) {
    ObjectNode node = JSON.createObjectNode();
    node.put("kind", readAs.kind().name().toLowerCase(Locale.ROOT));
    node.set("terms", termsNode(readAs.terms()));
    node.put("confidence", readAs.confidence());
    node.put("tabled", readAs.tabled());
    return write(node);
  }

  static ReadAs readAs(String json) {
    JsonNode node = read(json);
    return new ReadAs(
        ReadAs.Kind.valueOf(node.path("kind").asText().toUpperCase(Locale.ROOT)),
        termsOf(node.path("terms")),
        node.path("confidence").asDouble(),
        node.path("tabled").asBoolean());
  }

  private static Optional<PendingConfirmation> pendingOf(JsonNode node) {
    return switch (node.path("pending_action").asText()) {
      case "deal" -> Optional.of(new PendingConfirmation.Deal(termsOf(node.path("pending_terms"))));
      case "proposal" ->
          Optional.of(new PendingConfirmation.Proposal(termsOf(node.path("pending_terms"))));
      case "walk_away" -> Optional.of(new PendingConfirmation.WalkAway());
      default -> Optional.empty();
    };
  }

  private static ObjectNode termsNode(Terms terms) {
    ObjectNode node = JSON.createObjectNode();
    terms.values().forEach(node::put);
    return node;
  }

  private static Terms termsOf(JsonNode node) {
    Map<String, Double> values = new LinkedHashMap<>();
    node.properties().forEach(e -> values.put(e.getKey(), e.getValue().asDouble()));
    return Terms.of(values);
  }

  private static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
