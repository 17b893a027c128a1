package dev.parley.reader;

import dev.parley.reader.Quantity.Measure;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads dates as days from the reference date: calendar dates ("March 3rd", "the 1st of February",
 * "2026-02-01", "in April"), weekdays ("next Monday") and soft ones ("tomorrow", "immediately").
 * Calendar dates need a reference date; without one only the soft ones that need none are read.
 */
final class DateReader {
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("jan", 1),
          Map.entry("february", 2),
          Map.entry("feb", 2),
          Map.entry("march", 3),
          Map.entry("mar", 3),
          Map.entry("april", 4),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("jun", 6),
          Map.entry("july", 7),
          Map.entry("jul", 7),
          Map.entry("august", 8),
          Map.entry("aug", 8),
          Map.entry("september", 9),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("october", 10),
          Map.entry("oct", 10),
          Map.entry("november", 11),
          Map.entry("nov", 11),
          Map.entry("december", 12),
          Map.entry("dec", 12));
  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.ofEntries(
          Map.entry("monday", DayOfWeek.MONDAY),
          Map.entry("tuesday", DayOfWeek.TUESDAY),
          Map.entry("wednesday", DayOfWeek.WEDNESDAY),
          Map.entry("thursday", DayOfWeek.THURSDAY),
          Map.entry("friday", DayOfWeek.FRIDAY),
          Map.entry("saturday", DayOfWeek.SATURDAY),
          Map.entry("sunday", DayOfWeek.SUNDAY));
  private static final Set<String> MONTH_CUES =
      Set.of(
          "in",
          "early",
          "beginning",
          "start",
          "from",
          "by",
          "mid",
          "end",
          "late",
          "until",
          "till",
          "before",
          "after",
          "week");

  private static final Set<String> DAY_CUES = Set.of("by", "on", "until", "till", "before");
  private static final Set<String> DAY_ENDS =
      Set.of("", ",", ".", "!", "?", ";", "and", "or", "at", "if", "then", "please", "latest");

  private final List<Token> tokens;
  private final LocalDate today;

  DateReader(List<Token> tokens, LocalDate today) {
    this.tokens = tokens;
    this.today = today;
  }

  /** The date starting at token {@code i}, in days from today, or null. */
  Quantity read(int i) {
    String w = text(i);
    if (w.equals("tomorrow")) {
      return softDate(i, i + 1, 1);
    }
    if (w.equals("today") || w.equals("immediately") || w.equals("asap")) {
      return softDate(i, i + 1, 0);
    }
    if ((w.equals("right") || w.equals("straight")) && text(i + 1).equals("away")) {
      return softDate(i, i + 2, 0);
    }
    if (w.equals("next") && text(i + 1).equals("week")) {
      return softDate(i, i + 2, 7);
    }
    if (w.equals("next") && text(i + 1).equals("month")) {
      long days =
          today == null
              ? Quantity.DAYS_PER_MONTH
              : ChronoUnit.DAYS.between(today, today.plusMonths(1).withDayOfMonth(1));
      return softDate(i, i + 2, days);
    }
    if (w.equals("next") && WEEKDAYS.containsKey(text(i + 1)) && today != null) {
      // "next Friday" is the Friday of next week, even said on a Thursday
      LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
      LocalDate day = nextMonday.with(TemporalAdjusters.nextOrSame(WEEKDAYS.get(text(i + 1))));
      return softDate(i, i + 2, ChronoUnit.DAYS.between(today, day));
    }
    if (WEEKDAYS.containsKey(w) && today != null) {
      LocalDate next = today.with(TemporalAdjusters.next(WEEKDAYS.get(w)));
      return softDate(i, i + 1, ChronoUnit.DAYS.between(today, next));
    }
    if (today == null) {
      return null;
    }
    Quantity iso = readIsoDate(i);
    if (iso != null) {
      return iso;
    }
    if (MONTHS.containsKey(w)) {
      return readMonthFirst(i);
    }
    int dayStart = w.equals("the") ? i + 1 : i;
    NumberWords.Reading day = NumberWords.readDayOfMonth(tokens, dayStart);
    if (day != null) {
      int m = text(day.end()).equals("of") ? day.end() + 1 : day.end();
      Integer month = MONTHS.get(text(m));
      if (month != null) {
        return calendarDate(i, m + 1, month, (int) day.value());
      }
      if (w.equals("the")
          && DAY_CUES.contains(text(i - 1))
          && DAY_ENDS.contains(text(day.end()))) { // not "on the 3rd floor"
        return dayOfThisOrNextMonth(i, day.end(), (int) day.value());
      }
    }
    return null;
  }

  /** "By the 15th": the next 15th on or after today. */
  private Quantity dayOfThisOrNextMonth(int start, int end, int day) {
    LocalDate date = dateOn(today.getYear(), today.getMonthValue(), day);
    if (date == null || date.isBefore(today)) {
      LocalDate next = today.plusMonths(1);
      date = dateOn(next.getYear(), next.getMonthValue(), day);
    }
    if (date == null) {
      return null;
    }
    long days = ChronoUnit.DAYS.between(today, date);
    return new Quantity(start, end, days, Measure.DATE, false, false, false, null, 0, false);
  }

  private Quantity readMonthFirst(int i) {
    int month = MONTHS.get(text(i));
    int dayStart = text(i + 1).equals("the") ? i + 2 : i + 1;
    NumberWords.Reading day = NumberWords.readDayOfMonth(tokens, dayStart);
    if (day != null && !QuantityScanner.TIME_UNITS.contains(text(day.end()))) {
      return calendarDate(i, day.end(), month, (int) day.value());
    }
    String cue = text(i - 1).equals("of") ? text(i - 2) : text(i - 1);
    if (!MONTH_CUES.contains(cue) || text(i).equals("may") || text(i).equals("mar")) {
      return null;
    }
    int dayOfMonth =
        switch (cue) {
          case "mid" -> 15;
          case "end", "late" -> 31;
          default -> 1;
        };
    return calendarDate(i, i + 1, month, dayOfMonth);
  }

  private Quantity readIsoDate(int i) {
    if (!tokens.get(i).isNumber() || text(i).length() != 4 || !text(i + 1).equals("-")) {
      return null;
    }
    if (i + 4 >= tokens.size() || !tokens.get(i + 2).isNumber() || !text(i + 3).equals("-")) {
      return null;
    }
    if (!tokens.get(i + 4).isNumber()) {
      return null;
    }
    int year = (int) tokens.get(i).number();
    int month = (int) tokens.get(i + 2).number();
    int day = (int) tokens.get(i + 4).number();
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    YearMonth yearMonth = YearMonth.of(year, month);
    if (day > yearMonth.lengthOfMonth()) {
      return null;
    }
    long days = ChronoUnit.DAYS.between(today, yearMonth.atDay(day));
    return new Quantity(i, i + 5, days, Measure.DATE, false, false, false, null, 0, false);
  }

  /** A day of a month with no year: the next one on or after today; "end of" clamps the day. */
  private Quantity calendarDate(int start, int end, int month, int day) {
    int stop = end;
    Integer year = null;
    int yearAt = text(stop).equals(",") ? stop + 1 : stop;
    if (yearAt < tokens.size() && tokens.get(yearAt).isNumber()) {
      double y = tokens.get(yearAt).number();
      if (y >= 2000 && y <= 2100 && y == Math.rint(y)) {
        year = (int) y;
        stop = yearAt + 1;
      }
    }
    LocalDate date = dateOn(year == null ? today.getYear() : year, month, day);
    if (date == null) {
      return null;
    }
    if (year == null && date.isBefore(today)) {
      date = dateOn(today.getYear() + 1, month, day);
      if (date == null) {
        return null;
      }
    }
    long days = ChronoUnit.DAYS.between(today, date);
    return new Quantity(start, stop, days, Measure.DATE, false, false, false, null, 0, false);
  }

  private static LocalDate dateOn(int year, int month, int day) {
    YearMonth yearMonth = YearMonth.of(year, month);
    if (day > yearMonth.lengthOfMonth()) {
      return day == 31 ? yearMonth.atEndOfMonth() : null;
    }
    return yearMonth.atDay(day);
  }

  private static Quantity softDate(int start, int end, long days) {
    return new Quantity(start, end, days, Measure.DATE, false, false, true, null, 0, false);
  }

  private String text(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
  }
}
