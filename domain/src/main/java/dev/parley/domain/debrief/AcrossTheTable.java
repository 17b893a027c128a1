package dev.parley.domain.debrief;

/**
 * The negotiation from the persona's side, one learner message at a time: what the reader took the
 * message for, and why the persona answered as it did (its reasoning).
 */
public record AcrossTheTable(
    long sequence,
    String learnerSaid,
    String readAs,
    String personaSaid,
    String personaReasoning) {}
