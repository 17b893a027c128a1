/** Parley http adapter. */
package dev.parley.http;
