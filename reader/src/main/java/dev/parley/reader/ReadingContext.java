package dev.parley.reader;

import dev.parley.domain.terms.Terms;
import java.time.LocalDate;

/**
 * What the reader needs besides the text.
 *
 * @param onTable the terms currently on the table, the base of relative moves ("5k more", "another
 *     10%") and of telling an acceptance from a counter-offer; {@link Terms#NONE} when nothing is
 * @param referenceDate the negotiation's "today", from which calendar dates ("start on March 3rd")
 *     are turned into days from now; may be null, and then calendar dates are not read
 */
public record ReadingContext(Terms onTable, LocalDate referenceDate) {

  /** Nothing on the table and no reference date. */
  public static final ReadingContext EMPTY = new ReadingContext(Terms.NONE, null);

  public ReadingContext {
    onTable = onTable == null ? Terms.NONE : onTable;
  }

  public static ReadingContext of(Terms onTable, LocalDate referenceDate) {
    return new ReadingContext(onTable, referenceDate);
  }
}
