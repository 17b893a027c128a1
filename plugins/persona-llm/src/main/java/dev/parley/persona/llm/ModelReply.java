package dev.parley.persona.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.domain.negotiation.Phase;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.PersonaReply;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the model's JSON into a persona reply, or says what was wrong with it. */
final class ModelReply {

  /** A parsed reply, or the problem. */
  sealed interface Read {
    record Parsed(PersonaReply reply) implements Read {}

    record Unusable(String problem) implements Read {}
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelReply() {}

  static Read read(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json == null ? "" : json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return new Read.Unusable("not JSON");
    }
    if (root == null || !root.isObject()) {
      return new Read.Unusable("not a JSON object");
    }
    Optional<String> text = textOf(root, "text");
    Optional<String> reasoning = textOf(root, "reasoning");
    Optional<String> moveName = textOf(root, "move");
    Optional<String> phaseName = textOf(root, "phase");
    JsonNode confidence = root.get("confidence");
    if (text.isEmpty()
        || text.get().isBlank()
        || reasoning.isEmpty()
        || moveName.isEmpty()
        || phaseName.isEmpty()
        || confidence == null
        || !confidence.isNumber()) {
      return new Read.Unusable("missing fields");
    }
    Phase phase;
    try {
      phase = Phase.valueOf(phaseName.get().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return new Read.Unusable("unknown phase");
    }
    double sure = confidence.asDouble();
    if (!(sure >= 0 && sure <= 1)) {
      return new Read.Unusable("confidence out of range");
    }
    Optional<Move> move = moveOf(moveName.get(), root.get("terms"));
    if (move.isEmpty()) {
      return new Read.Unusable("unknown move or bad terms");
    }
    return new Read.Parsed(
        new PersonaReply(text.get().strip(), reasoning.get().strip(), phase, sure, move.get()));
  }

  private static Optional<Move> moveOf(String name, JsonNode terms) {
    return switch (name) {
      case "counter_offer" -> termsOf(terms).map(Move.CounterOffer::new);
      case "accept" -> Optional.of(new Move.Accept());
      case "reject" -> Optional.of(new Move.Reject());
      case "walk_away" -> Optional.of(new Move.WalkAway());
      case "ask" -> Optional.of(new Move.Ask());
      case "talk" -> Optional.of(new Move.Talk());
      default -> Optional.empty();
    };
  }

  private static Optional<dev.parley.domain.terms.Terms> termsOf(JsonNode terms) {
    if (terms == null || !terms.isArray() || terms.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Double> values = new LinkedHashMap<>();
    for (JsonNode term : terms) {
      JsonNode issue = term.get("issue");
      JsonNode value = term.get("value");
      if (issue == null || !issue.isTextual() || value == null || !value.isNumber()) {
        return Optional.empty();
      }
      values.put(issue.asText(), value.asDouble());
    }
    return Optional.of(dev.parley.domain.terms.Terms.of(values));
  }

  private static Optional<String> textOf(JsonNode root, String field) {
    JsonNode node = root.get(field);
    return node != null && node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
  }
}
