/**
 * In-process implementations of the storage ports: the embedded default when no database is
 * configured, and a fast test double. Every class is thread-safe.
 */
package dev.parley.memory;
