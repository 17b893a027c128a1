// Error codes of the REST API and the Socket.IO contract, said in plain words.

const PLAIN = {
  NETWORK: "The server cannot be reached. Check your connection and try again.",
  INVALID_JSON: "The request could not be read.",
  VALIDATION_FAILED: "Some details are not valid",
  UNAUTHORIZED: "Your session has ended. Please sign in again.",
  INVALID_CREDENTIALS: "That email and password do not match an account.",
  NOT_FOUND: "That could not be found.",
  EMAIL_TAKEN: "An account with this email already exists. Sign in instead.",
  PAYLOAD_TOO_LARGE: "That is too large to send.",
  INVALID_PAYLOAD: "That request was not valid",
  RATE_LIMITED: "Too many attempts in a short time.",
  INTERNAL_ERROR: "Something went wrong on our side. Please try again.",
  AUTH_TOKEN_MISSING: "You are not signed in. Please sign in again.",
  AUTH_TOKEN_INVALID: "Your session is not valid. Please sign in again.",
  AUTH_TOKEN_EXPIRED: "Your session has expired. Please sign in again.",
  USER_NOT_FOUND: "Your account no longer exists.",
  NEGOTIATION_NOT_FOUND: "This negotiation could not be found.",
  NEGOTIATION_NOT_ACTIVE: "This negotiation is over; nothing more can be sent.",
  NEGOTIATION_EXPIRED: "This negotiation ran out of time.",
  MESSAGE_EMPTY: "Write something before sending.",
  MESSAGE_TOO_LONG: "Messages can be at most 1000 characters.",
  AI_TIMEOUT: "Your counterpart took too long to answer. Your message is saved; try again.",
  AI_UNAVAILABLE: "Your counterpart is unavailable right now. Your message is saved; try again later.",
  DEV_DISABLED: "That is only available in development mode.",
};

/** A sentence for an error code; the server's own message is added where it says what was wrong. */
export function plainWords(code, serverMessage) {
  const plain = PLAIN[code];
  if (!plain) return serverMessage || `Something went wrong (${code}).`;
  if ((code === "VALIDATION_FAILED" || code === "INVALID_PAYLOAD") && serverMessage) {
    return `${plain}: ${serverMessage}.`;
  }
  return plain;
}

export const SCORE_MEANING = [
  ["claiming_value", "Claiming value",
    "How much of what was available for you you actually got: 0 is your walk-away point, 100 the best deal your counterpart would have accepted."],
  ["creating_value", "Creating value",
    "Whether the deal left nothing on the table for either side: 100 means no other deal was better for both of you."],
  ["managing_relationships", "Managing relationships",
    "How you negotiated: giving reasons, asking questions and answering concessions with concessions; hostile messages cost points."],
  ["overall", "Overall", "40% claiming value, 30% creating value and 30% managing relationships."],
];

/** The debrief's annotation categories (docs/scoring.md, "The debrief"), in words. */
export const CATEGORY_WORDS = {
  preparation: ["Preparation", "knowing your walk-away points and never going past them"],
  ice_breaking: ["Breaking the ice", "opening with a greeting before business"],
  first_offer: ["The first offer", "who anchored first"],
  opening_ambition: ["Opening ambition", "a first offer at or beyond your target"],
  concessions: ["Concessions", "conceding in small steps, and only in return for moves of theirs"],
  counter_offers: ["Counter-offers", "answering an offer with one of your own instead of a bare no or a quick yes"],
  reasons: ["Reasons", "giving a reason with your offers"],
  questions: ["Questions", "asking what matters to the other side"],
  logrolling: ["Trading issues", "giving on what matters less to you for what matters more"],
  tone: ["Tone", "no threats or insults"],
  closing: ["Closing", "how it ended and what was left on the table"],
};

export const VERDICT_WORDS = { strength: "Strength", to_improve: "To improve", note: "Note" };

/** How a negotiation ended, for the debrief; `them` is the persona's name. */
export function endingWords(ending, them) {
  return {
    deal: "Deal agreed.",
    person_walked_away: "You walked away without a deal.",
    persona_walked_away: `${them} walked away without a deal.`,
    expired: "Time ran out without a deal.",
    ended_without_deal: "The negotiation ended without a deal.",
  }[ending] || `The negotiation ended (${ending}).`;
}
