package dev.parley.plugins.host;

import dev.parley.domain.result.Rejection;

/**
 * Thrown by {@link PluginPersona#reply} when the host withholds a persona's reply; the domain's
 * {@code ProducingTheAiTurn} reports any throw of a persona as {@code AI_UNAVAILABLE}.
 */
public final class PersonaCallRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Rejection rejection;

  public PersonaCallRefused(Rejection rejection) {
    super(rejection.code() + ": " + rejection.message());
    this.rejection = rejection;
  }

  public Rejection rejection() {
    return rejection;
  }
}
