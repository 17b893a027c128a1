/**
 * The REST API ({@link dev.parley.http.RestApi}), health and metrics ({@link
 * dev.parley.http.Observability}) on Helidon SE routing, and the account adapters in {@code auth}.
 */
package dev.parley.http;
