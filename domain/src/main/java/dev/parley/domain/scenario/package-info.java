/**
 * Scenarios as data: issues with ranges and steps, each side's private preferences, the person's
 * brief and the {@link dev.parley.domain.scenario.ScenarioCatalogue} that holds them.
 */
package dev.parley.domain.scenario;
