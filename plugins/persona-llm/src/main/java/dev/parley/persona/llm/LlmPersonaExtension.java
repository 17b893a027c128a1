package dev.parley.persona.llm;

import dev.langchain4j.http.client.jdk.JdkHttpClientBuilder;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.parley.domain.persona.Persona;
import dev.parley.persona.api.PersonaExtension;
import dev.parley.persona.api.PersonaSettings;
import java.util.Optional;
import java.util.logging.Logger;
import org.pf4j.Extension;

/** Offers the language-model persona when {@code LLM_BASE_URL} is set, and only then. */
@Extension
public final class LlmPersonaExtension implements PersonaExtension {

  private static final Logger LOG = Logger.getLogger(LlmPersonaExtension.class.getName());

  @Override
  public Optional<Persona> create(PersonaSettings settings) {
    Optional<LlmSettings> llm = LlmSettings.from(settings);
    if (llm.isEmpty()) {
      LOG.info("LLM persona not offered: LLM_BASE_URL is not set");
      return Optional.empty();
    }
    LlmSettings config = llm.get();
    OpenAiChatModel model =
        PluginContext.call(
            () ->
                OpenAiChatModel.builder()
                    .httpClientBuilder(new JdkHttpClientBuilder())
                    .baseUrl(config.baseUrl())
                    .apiKey(config.apiKey())
                    .modelName(config.model())
                    .timeout(config.timeout())
                    .maxRetries(0)
                    .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                    .strictJsonSchema(true)
                    .temperature(0.7)
                    .build());
    LOG.info(() -> "LLM persona offered with " + config);
    return Optional.of(new LlmPersona(model, config.model()));
  }
}
