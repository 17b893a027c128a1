/**
 * Offer understanding: a rule-based reader that turns one chat message into an {@link
 * dev.parley.reader.Intent}, proposed {@link dev.parley.domain.terms.Terms}, floors and ceilings
 * ({@link dev.parley.reader.Bound}) and rejected values. Entry point: {@link
 * dev.parley.reader.OfferReader}.
 */
package dev.parley.reader;
