/** Parley gateway adapter. */
package dev.parley.gateway;
