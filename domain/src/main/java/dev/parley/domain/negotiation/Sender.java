package dev.parley.domain.negotiation;

/** Who wrote a message; the contract's {@code sender_type} is the lower-case name. */
public enum Sender {
  USER,
  AI,
  SYSTEM
}
