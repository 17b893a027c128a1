/**
 * The ports: what the core needs from the outside (storage, audit, rate limits, room events,
 * personas, ids). Adapters implement them; time comes from an injected {@link java.time.Clock}.
 */
package dev.parley.domain.port;
