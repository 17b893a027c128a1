package dev.parley.domain.debrief;

/** How a negotiation ended, as the debrief tells it. */
public enum Ending {
  DEAL,
  PERSON_WALKED_AWAY,
  PERSONA_WALKED_AWAY,
  EXPIRED,
  /** Ended by the development shortcut without a deal. */
  ENDED_WITHOUT_DEAL
}
