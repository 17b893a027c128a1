package dev.parley.domain.result;

/** Why a request was refused; the codes of the event contract's {@code error} payload. */
public enum ErrorCode {
  INVALID_PAYLOAD,
  /** Also used when the negotiation belongs to someone else, so existence is not leaked. */
  NEGOTIATION_NOT_FOUND,
  NEGOTIATION_NOT_ACTIVE,
  NEGOTIATION_EXPIRED,
  MESSAGE_EMPTY,
  MESSAGE_TOO_LONG,
  RATE_LIMITED,
  /** Ours, not the contract's: the user has as many open negotiations as they may. */
  TOO_MANY_OPEN_NEGOTIATIONS,
  /** Ours, not the contract's: the socket is in as many negotiation rooms as it may be. */
  TOO_MANY_ROOMS,
  AI_TIMEOUT,
  AI_UNAVAILABLE,
  DEV_DISABLED,
  INTERNAL_ERROR
}
