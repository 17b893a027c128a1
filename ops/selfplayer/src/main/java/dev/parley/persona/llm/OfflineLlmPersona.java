package dev.parley.persona.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.parley.domain.persona.Persona;

/**
 * The language-model persona with no model behind it: every model call fails at once, without a
 * socket, so each turn is the persona's own deterministic rule-based fallback. Lives in the
 * plugin's package because the plugin offers the persona only with an endpoint configured, and
 * self-play runs where there is none.
 */
public final class OfflineLlmPersona {

  private OfflineLlmPersona() {}

  public static Persona create() {
    return new LlmPersona(new NoModel(), "none (offline: rule-based fallback)");
  }

  private static final class NoModel implements ChatModel {
    @Override
    public ChatResponse doChat(ChatRequest request) {
      throw new IllegalStateException("no model service: self-play runs offline");
    }
  }
}
