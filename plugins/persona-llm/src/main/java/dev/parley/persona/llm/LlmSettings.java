package dev.parley.persona.llm;

import dev.parley.persona.api.PersonaSettings;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the language model is: {@code LLM_BASE_URL} (an OpenAI-compatible API root such as {@code
 * https://host/v1}; unset means the persona is not offered), {@code LLM_API_KEY}, {@code LLM_MODEL}
 * (default {@value #DEFAULT_MODEL}) and {@code LLM_TIMEOUT_SECONDS} (default 20, below the host's
 * 30 s reply deadline so a slow model falls back instead of failing the turn).
 */
record LlmSettings(String baseUrl, String apiKey, String model, Duration timeout) {

  static final String DEFAULT_MODEL = "gpt-4o-mini";

  static Optional<LlmSettings> from(PersonaSettings settings) {
    return settings
        .get("LLM_BASE_URL")
        .map(
            baseUrl ->
                new LlmSettings(
                    baseUrl,
                    // Local OpenAI-compatible servers often need no key, but the client wants one.
                    settings.get("LLM_API_KEY").orElse("none"),
                    settings.get("LLM_MODEL").orElse(DEFAULT_MODEL),
                    Duration.ofSeconds(
                        settings.get("LLM_TIMEOUT_SECONDS").map(Long::parseLong).orElse(20L))));
  }

  @Override
  public String toString() {
    return "LlmSettings[baseUrl=" + baseUrl + ", model=" + model + ", timeout=" + timeout + "]";
  }
}
