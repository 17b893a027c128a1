/**
 * Offer understanding: a rule-based reader that turns one chat message into an {@link
 * dev.parley.domain.offer.Intent}, proposed {@link dev.parley.domain.terms.Terms}, floors and
 * ceilings ({@link dev.parley.domain.offer.Bound}) and rejected values. Entry point: {@link
 * dev.parley.domain.offer.OfferReader}.
 */
package dev.parley.domain.offer;
