/** The conformance server for the official protocol suites. */
package dev.parley.conformance;
