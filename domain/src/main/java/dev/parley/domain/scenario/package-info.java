/**
 * Scenarios as data: issues with ranges and steps, each side's private preferences, the person's
 * brief and the built-in {@link dev.parley.domain.scenario.ScenarioCatalogue}.
 */
package dev.parley.domain.scenario;
