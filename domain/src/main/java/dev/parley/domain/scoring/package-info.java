/** Scoring of a finished negotiation; the formulas are in docs/scoring.md. */
package dev.parley.domain.scoring;
