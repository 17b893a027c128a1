package dev.parley.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Result;
import dev.parley.domain.scoring.ScoreOverride;
import dev.parley.domain.terms.Terms;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads the first argument of a client event into what a use case takes. Anything of the wrong
 * shape (not an object, a missing field, a number for a string, an id that is not a UUID) is
 * INVALID_PAYLOAD; the refusal never echoes what the client sent. Fields the contract does not name
 * are ignored, as are the seed's {@code type} and {@code timestamp} of {@code send-message} (the
 * server's clock dates messages).
 */
final class Payloads {

  /** More issues than any scenario has is not a proposal, it is a flood. */
  static final int MAX_TERMS = 32;

  static final int MAX_ISSUE_KEY_LENGTH = 64;
  private static final int UUID_LENGTH = 36;

  /**
   * A chat line; {@code clientMessageId} names it so that sending it again stores nothing twice.
   */
  record ChatLine(UUID negotiationId, String content, Optional<String> clientMessageId) {}

  /** What a client message id may look like: a UUID, a ULID, a counter with a prefix. */
  private static final Pattern CLIENT_MESSAGE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  record Proposal(UUID negotiationId, Terms terms) {}

  record DevCompletion(UUID negotiationId, boolean success, ScoreOverride override) {}

  private Payloads() {}

  /** {@code {negotiation_id}}. */
  static Result<UUID> negotiationId(List<JsonNode> args) {
    return object(args).then(Payloads::negotiationIdOf);
  }

  /** {@code {negotiation_id, content}}. */
  static Result<ChatLine> chatLine(List<JsonNode> args) {
    return object(args)
        .then(
            payload ->
                negotiationIdOf(payload)
                    .then(
                        id -> {
                          JsonNode content = payload.get("content");
                          if (content == null || !content.isTextual()) {
                            return invalid("content must be a string");
                          }
                          JsonNode named = payload.get("client_message_id");
                          if (named == null || named.isNull()) {
                            return Result.ok(
                                new ChatLine(id, content.textValue(), Optional.empty()));
                          }
                          if (!named.isTextual()
                              || !CLIENT_MESSAGE_ID.matcher(named.textValue()).matches()) {
                            return invalid(
                                "client_message_id must be 1 to 64 letters, digits or ._:-");
                          }
                          return Result.ok(
                              new ChatLine(
                                  id, content.textValue(), Optional.of(named.textValue())));
                        }));
  }

  /** {@code {negotiation_id, terms: {issue_key: number, ...}}}. */
  static Result<Proposal> proposal(List<JsonNode> args) {
    return object(args)
        .then(
            payload ->
                negotiationIdOf(payload)
                    .then(id -> termsOf(payload.get("terms")).map(t -> new Proposal(id, t))));
  }

  /**
   * {@code {negotiation_id, outcome?, score_override?}}: {@code outcome} {@code "success"} (the
   * default) agrees on the terms on the table, any other text ends without a deal; {@code
   * score_override} sets some of {@code claiming_value}, {@code creating_value}, {@code
   * managing_relationships} (whole numbers 0..100).
   */
  static Result<DevCompletion> devCompletion(List<JsonNode> args) {
    return object(args)
        .then(
            payload ->
                negotiationIdOf(payload)
                    .then(
                        id -> {
                          JsonNode outcome = payload.get("outcome");
                          if (outcome != null && !outcome.isNull() && !outcome.isTextual()) {
                            return invalid("outcome must be a string");
                          }
                          boolean success = outcome == null || "success".equals(outcome.asText());
                          return scoreOverrideOf(payload.get("score_override"))
                              .map(override -> new DevCompletion(id, success, override));
                        }));
  }

  /** The negotiation id of a payload, when it has a readable one: for error reports only. */
  static Optional<UUID> negotiationIdIfAny(List<JsonNode> args) {
    return negotiationId(args) instanceof Result.Ok<UUID>(UUID id)
        ? Optional.of(id)
        : Optional.empty();
  }

  private static Result<ObjectNode> object(List<JsonNode> args) {
    if (args.isEmpty() || !(args.get(0) instanceof ObjectNode payload)) {
      return invalid("The payload must be an object");
    }
    return Result.ok(payload);
  }

  private static Result<UUID> negotiationIdOf(ObjectNode payload) {
    JsonNode id = payload.get("negotiation_id");
    if (id == null || !id.isTextual()) {
      return invalid("negotiation_id must be a string");
    }
    String text = id.textValue();
    if (text.length() != UUID_LENGTH) {
      return invalid("negotiation_id must be a UUID");
    }
    try {
      return Result.ok(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return invalid("negotiation_id must be a UUID");
    }
  }

  private static Result<Terms> termsOf(JsonNode terms) {
    if (!(terms instanceof ObjectNode object) || object.isEmpty()) {
      return invalid("terms must be an object of issue keys to numbers");
    }
    if (object.size() > MAX_TERMS) {
      return invalid("terms name at most " + MAX_TERMS + " issues");
    }
    Map<String, Double> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> term : object.properties()) {
      JsonNode value = term.getValue();
      if (term.getKey().isEmpty() || term.getKey().length() > MAX_ISSUE_KEY_LENGTH) {
        return invalid("terms must be keyed by issue keys");
      }
      if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
        return invalid("every value in terms must be a number");
      }
      values.put(term.getKey(), value.doubleValue());
    }
    return Result.ok(Terms.of(values));
  }

  private static Result<ScoreOverride> scoreOverrideOf(JsonNode override) {
    if (override == null || override.isNull()) {
      return Result.ok(ScoreOverride.NONE);
    }
    if (!(override instanceof ObjectNode object)) {
      return invalid("score_override must be an object");
    }
    Integer[] dimensions = new Integer[3];
    String[] names = {"claiming_value", "creating_value", "managing_relationships"};
    for (int i = 0; i < names.length; i++) {
      JsonNode value = object.get(names[i]);
      if (value == null || value.isNull()) {
        continue;
      }
      if (!value.isIntegralNumber() || !value.canConvertToInt()) {
        return invalid("score_override values must be whole numbers within 0..100");
      }
      dimensions[i] = value.intValue();
    }
    return ScoreOverride.of(dimensions[0], dimensions[1], dimensions[2]);
  }

  private static <T> Result<T> invalid(String message) {
    return Result.refused(ErrorCode.INVALID_PAYLOAD, message);
  }
}
