package dev.parley.persona.llm;

import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonNumberSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import dev.parley.domain.scenario.Issue;
import dev.parley.domain.scenario.Scenario;

/** The JSON schema the model must answer with (OpenAI structured output, strict). */
final class ReplySchema {

  static final String[] MOVES = {"counter_offer", "accept", "reject", "walk_away", "ask", "talk"};
  static final String[] PHASES = {"opening", "discussion", "closing"};

  private ReplySchema() {}

  static JsonSchema of(Scenario scenario) {
    JsonObjectSchema term =
        JsonObjectSchema.builder()
            .addProperty(
                "issue",
                JsonEnumSchema.builder()
                    .enumValues(scenario.issues().stream().map(Issue::key).toList())
                    .build())
            .addProperty("value", JsonNumberSchema.builder().build())
            .required("issue", "value")
            .additionalProperties(false)
            .build();
    JsonObjectSchema reply =
        JsonObjectSchema.builder()
            .addProperty(
                "text",
                JsonStringSchema.builder().description("What you say to the person").build())
            .addProperty(
                "reasoning",
                JsonStringSchema.builder()
                    .description("Why, for a learner; never your limits or priorities as numbers")
                    .build())
            .addProperty("phase", JsonEnumSchema.builder().enumValues(PHASES).build())
            .addProperty(
                "confidence", JsonNumberSchema.builder().description("Between 0 and 1").build())
            .addProperty("move", JsonEnumSchema.builder().enumValues(MOVES).build())
            .addProperty(
                "terms",
                JsonArraySchema.builder()
                    .description("Your full package for counter_offer (every issue), else empty")
                    .items(term)
                    .build())
            .required("text", "reasoning", "phase", "confidence", "move", "terms")
            .additionalProperties(false)
            .build();
    return JsonSchema.builder().name("persona_reply").rootElement(reply).build();
  }
}
