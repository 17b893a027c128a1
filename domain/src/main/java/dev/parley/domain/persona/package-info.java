/** The persona port, the moves at the table and the rules every move must keep. */
package dev.parley.domain.persona;
