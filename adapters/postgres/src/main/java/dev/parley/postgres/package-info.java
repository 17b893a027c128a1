/** Parley postgres adapter. */
package dev.parley.postgres;
