package dev.parley.persona.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.parley.domain.persona.Move;
import dev.parley.domain.persona.Persona;
import dev.parley.domain.persona.PersonaDescriptor;
import dev.parley.domain.persona.PersonaReply;
import dev.parley.domain.persona.PersonaTurn;
import dev.parley.domain.result.Result;
import dev.parley.domain.strategy.Bargainer;
import dev.parley.domain.strategy.ConcessionStrategy;
import dev.parley.domain.strategy.Packaging;
import dev.parley.persona.api.Fallback;
import dev.parley.persona.api.LimitLeaks;
import dev.parley.persona.api.PersonsWords;
import dev.parley.persona.api.Phrases;
import dev.parley.persona.api.TurnCheck;
import dev.parley.persona.api.rules.Decision;
import dev.parley.persona.api.rules.PlainVoice;
import dev.parley.persona.api.rules.RuleBasedNegotiator;
import dev.parley.persona.api.rules.Tactics;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A persona whose words come from a language model behind an OpenAI-compatible chat-completions
 * endpoint, asked for a strict JSON reply. Rules suggest the move and guard the result: a reply
 * that is not valid JSON, breaks the domain's rules, offers beyond the persona's own limits or
 * names them (numbers the learner said first excepted), repeats a sentence it said earlier in the
 * session, or tells the person what matters to them when they never said so, and any error or
 * timeout of the model, gives a rule-based reply instead, marked with {@link Fallback#MARKER} and
 * the reason.
 */
final class LlmPersona implements Persona {

  static final String ID = "llm-negotiator";

  private static final Logger LOG = Logger.getLogger(LlmPersona.class.getName());

  /** Balanced: mirrors the person's concessions (tit-for-tat) and trades across issues. */
  private static final Tactics TACTICS =
      new Tactics(
          ConcessionStrategy.titForTat(), Packaging.tradeOffs(), Bargainer.Anchor.TARGETS, false);

  private final ChatModel model;
  private final PersonaDescriptor descriptor;
  private final RuleBasedNegotiator rules = new RuleBasedNegotiator(TACTICS);

  LlmPersona(ChatModel model, String modelName) {
    this.model = model;
    this.descriptor =
        new PersonaDescriptor(
            ID,
            "Alex, AI negotiator",
            "A language model plays the other side: free conversation, real reasoning, and a"
                + " rule-based safety net for its moves.",
            "adaptive",
            modelName);
  }

  @Override
  public PersonaDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public PersonaReply reply(PersonaTurn turn) {
    Decision suggestion = rules.decide(turn);
    String answer;
    try {
      answer = ask(turn, suggestion);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Language model call failed: " + e, e);
      return fallback(turn, suggestion, isTimeout(e) ? "the model timed out" : "the model failed");
    }
    return switch (ModelReply.read(answer)) {
      case ModelReply.Read.Unusable unusable ->
          fallback(
              turn, suggestion, "the model's answer was unusable (" + unusable.problem() + ")");
      case ModelReply.Read.Parsed parsed ->
          problemWith(parsed.reply(), turn)
              .map(problem -> fallback(turn, suggestion, problem))
              .orElse(parsed.reply());
    };
  }

  private String ask(PersonaTurn turn, Decision suggestion) {
    ChatRequest request =
        ChatRequest.builder()
            .messages(
                SystemMessage.from(Prompt.system(turn, suggestion)),
                UserMessage.from(Prompt.user(turn)))
            .responseFormat(
                ResponseFormat.builder()
                    .type(ResponseFormatType.JSON)
                    .jsonSchema(ReplySchema.of(turn.scenario()))
                    .build())
            .build();
    return PluginContext.call(() -> model.chat(request).aiMessage().text());
  }

  /** Why the model's reply cannot be used, if it cannot. */
  private static Optional<String> problemWith(PersonaReply reply, PersonaTurn turn) {
    if (LimitLeaks.find(reply.text(), turn).isPresent()
        || LimitLeaks.find(reply.reasoning(), turn).isPresent()) {
      return Optional.of("the model's answer named a private limit");
    }
    if (!new Phrases(turn, ID).isNew(reply.text())) {
      return Optional.of("the model repeated a sentence it said before");
    }
    if (attributesImportance(reply.text()) && PersonsWords.of(turn).stressed().isEmpty()) {
      return Optional.of("the model told the person what matters to them");
    }
    if (reply.move() instanceof Move.CounterOffer offer
        && !turn.scenario().complete(offer.terms())) {
      return Optional.of("the model's offer left issues open");
    }
    if (TurnCheck.check(reply.move(), turn) instanceof Result.Refused<Move> refused) {
      return Optional.of(
          "the model's move broke the rules (" + refused.rejection().message() + ")");
    }
    if (reply.move() instanceof Move.CounterOffer offer
        && !turn.privatePreferences().acceptable(turn.scenario().issues(), offer.terms())) {
      return Optional.of("the model offered more than the persona can give");
    }
    return Optional.empty();
  }

  /** True when a statement (not a question) tells the listener what matters to them. */
  static boolean attributesImportance(String text) {
    for (String sentence : Phrases.sentences(text)) {
      String lower = sentence.toLowerCase(java.util.Locale.ROOT);
      if (sentence.endsWith("?")) {
        continue;
      }
      if (lower.contains("important to you")
          || lower.contains("matters to you")
          || lower.contains("matter to you")
          || lower.contains("means a lot to you")
          || lower.contains("your priority")
          || lower.contains("your top priority")
          || lower.contains("you care most")
          || lower.contains("you really care")) {
        return true;
      }
    }
    return false;
  }

  private static PersonaReply fallback(PersonaTurn turn, Decision suggestion, String why) {
    LOG.info(() -> "LLM persona falls back to rules: " + why);
    return new PersonaReply(
        PlainVoice.say(suggestion, turn),
        Fallback.marked(
            "The language model could not be used ("
                + why
                + "); a rule-based move was made. "
                + PlainVoice.explain(suggestion)),
        suggestion.phase(),
        suggestion.confidence(),
        suggestion.move());
  }

  private static boolean isTimeout(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.net.http.HttpTimeoutException
          || cause instanceof java.util.concurrent.TimeoutException
          || cause.getClass().getSimpleName().contains("Timeout")) {
        return true;
      }
    }
    return false;
  }
}
