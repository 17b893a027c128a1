/**
 * PostgreSQL storage: jdbi3 repositories over a HikariCP pool, schema migrated by Flyway at start
 * ({@code db/migration}). {@link dev.parley.postgres.PostgresStorage} opens everything.
 */
package dev.parley.postgres;
