package dev.parley.plugins.host;

import dev.parley.domain.result.Rejection;

/**
 * Thrown by {@link GuardedPersona#reply} for callers of the plain {@code Persona} port; callers
 * that can take a value use {@link GuardedPersona#answer} instead and never see it.
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
