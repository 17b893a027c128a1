/** Results that can be refused, as values. */
package dev.parley.domain.result;
