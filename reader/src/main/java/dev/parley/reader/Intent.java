package dev.parley.reader;

/** What a chat message does in the negotiation. */
public enum Intent {
  /** Puts new terms, floors or ceilings on the table (a counter-offer included). */
  PROPOSE,
  /** Agrees to the terms on the table without changing them. */
  ACCEPT,
  /** Turns down the terms on the table or named values, without a counter figure. */
  REJECT,
  /** Asks something without proposing, accepting or rejecting. */
  QUESTION,
  /** Ends the negotiation without a deal. */
  WALK_AWAY,
  /** Anything else: small talk, reasons, text the reader does not understand. */
  OTHER
}
