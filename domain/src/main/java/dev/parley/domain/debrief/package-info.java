/**
 * The debrief of a finished negotiation: both sides' limits revealed, the zone of agreement and
 * where the deal landed in it, the deal against the Pareto frontier, turn-by-turn annotations with
 * tips, the persona's reasoning per turn, and the scores traced to the turns that moved them. Pure:
 * the same scenario, ending and transcript always give the same debrief.
 */
package dev.parley.domain.debrief;
