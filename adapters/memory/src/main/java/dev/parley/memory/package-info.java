/** Parley memory adapter. */
package dev.parley.memory;
