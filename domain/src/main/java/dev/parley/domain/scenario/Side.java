package dev.parley.domain.scenario;

/**
 * The two parties at the table: the person practising, and the AI persona playing the counterpart.
 */
public enum Side {
  PERSON,
  PERSONA;

  public Side other() {
    return this == PERSON ? PERSONA : PERSON;
  }
}
