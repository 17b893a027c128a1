/** The negotiation aggregate, its messages and the text sanitiser. */
package dev.parley.domain.negotiation;
