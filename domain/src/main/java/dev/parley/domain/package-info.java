/** The negotiation core: plain Java, no framework types. */
package dev.parley.domain;
