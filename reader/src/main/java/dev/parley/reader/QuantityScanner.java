package dev.parley.reader;

import dev.parley.reader.Quantity.Measure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the figures of a message (amounts, rates, durations, dates) and the cue words around each:
 * floors and ceilings, relative moves, refusals. Knows nothing of issues beyond which tokens name
 * one.
 */
final class QuantityScanner {
  private static final Set<String> CURRENCY_WORDS =
      Set.of(
          "usd", "dollars", "dollar", "bucks", "eur", "euro", "euros", "gbp", "pounds", "quid",
          "chf", "cad", "aud", "inr", "rupees", "yen");
  private static final Set<String> SPELLED_STARTS =
      Set.of(
          "a",
          "an",
          "zero",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen",
          "twenty",
          "thirty",
          "forty",
          "fifty",
          "sixty",
          "seventy",
          "eighty",
          "ninety");
  private static final Set<String> MORE = Set.of("more", "extra", "additional");
  private static final Set<String> FEWER = Set.of("fewer", "less");
  private static final Set<String> FILLERS =
      Set.of("full", "working", "business", "paid", "calendar", "whole");
  static final Set<String> TIME_UNITS =
      Set.of("day", "days", "week", "weeks", "month", "months", "year", "years");
  private static final Set<String> OFFSET_BEFORE = Set.of("in", "within", "after");
  private static final Set<String> NEGATIONS =
      Set.of("not", "no", "never", "cannot", "nothing", "nor", "refuse", "reject", "decline");

  /** "I'll walk if it's under 80": a comparator after a threat states the opposite bound. */
  private static final Set<String> THREATS = Set.of("walk", "leave", "decline", "quit");

  private static final Set<String> CONTRASTS =
      Set.of("but", "however", "though", "although", "instead", "rather", "and", "so", "because");
  private static final Set<String> RAISE_VERBS =
      Set.of(
          "bump",
          "extend",
          "lengthen",
          "raise",
          "increase",
          "up",
          "boost",
          "lift",
          "add",
          "improve",
          "sweeten",
          "higher",
          "more");
  private static final Set<String> CUT_VERBS =
      Set.of(
          "lower", "reduce", "cut", "drop", "decrease", "knock", "trim", "shave", "down", "less");
  private static final Set<String> PERIOD_MARKERS = Set.of("a", "an", "per", "each", "every", "/");
  private static final Set<String> MOVE_STARTS = Set.of("from", "go", "up", "down");
  private static final Set<String> CURRENCY_CODES = Set.of("usd", "eur", "gbp");
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
  private static final Set<String> SOONER_OR_LATER =
      Set.of("sooner", "earlier", "later", "longer", "shorter", "more", "less");
  private static final Set<String> ARTICLE_PREPOSITIONS =
      Set.of("in", "within", "for", "after", "back", "forward", "by");
  private static final Set<String> HEDGES =
      Set.of("sure", "problem", "worries", "doubt", "only", "just", "sorry", "wait");
  private static final Set<String> GO_UP_VERBS =
      Set.of("go", "bump", "come", "move", "raise", "bring", "push", "take", "it");
  private static final Set<String> SKIPPED_BEFORE = Set.of("a", "an", "the", "of");

  private static final List<List<String>> AT_LEAST_BEFORE =
      List.of(
          List.of("at", "least"),
          List.of("at", "minimum"),
          List.of("minimum"),
          List.of("min"),
          List.of("floor"),
          List.of("upwards"));
  private static final List<List<String>> AT_MOST_BEFORE =
      List.of(
          List.of("at", "most"),
          List.of("at", "max"),
          List.of("at", "maximum"),
          List.of("maximum"),
          List.of("max"),
          List.of("up", "to"),
          List.of("capped", "at"),
          List.of("cap"),
          List.of("ceiling"));
  private static final List<List<String>> ABOVE_COMPARATORS =
      List.of(
          List.of("more", "than"),
          List.of("greater", "than"),
          List.of("higher", "than"),
          List.of("over"),
          List.of("above"),
          List.of("beyond"),
          List.of("north"),
          List.of("later", "than"),
          List.of("after"));
  private static final List<List<String>> BELOW_COMPARATORS =
      List.of(
          List.of("less", "than"),
          List.of("fewer", "than"),
          List.of("lower", "than"),
          List.of("under"),
          List.of("below"),
          List.of("south"),
          List.of("earlier", "than"),
          List.of("sooner", "than"),
          List.of("before"));
  private static final List<List<String>> AT_LEAST_AFTER =
      List.of(
          List.of("or", "more"),
          List.of("or", "higher"),
          List.of("or", "above"),
          List.of("or", "better"),
          List.of("or", "over"),
          List.of("or", "greater"),
          List.of("+"),
          List.of("minimum"),
          List.of("min"),
          List.of("at", "least"),
          List.of("at", "minimum"),
          List.of("floor"),
          List.of("and", "up"),
          List.of("and", "above"));
  private static final List<List<String>> AT_MOST_AFTER =
      List.of(
          List.of("or", "less"),
          List.of("or", "fewer"),
          List.of("or", "lower"),
          List.of("or", "below"),
          List.of("or", "under"),
          List.of("max"),
          List.of("maximum"),
          List.of("at", "most"),
          List.of("at", "max"),
          List.of("tops"),
          List.of("top"),
          List.of("and", "under"),
          List.of("and", "below"),
          List.of("ceiling"));
  private static final List<List<String>> FLOOR_SENTENCES =
      List.of(
          List.of("no", "less"),
          List.of("nothing", "less"),
          List.of("not", "less"),
          List.of("not", "a", "penny", "less"),
          List.of("not", "lower"),
          List.of("no", "lower"),
          List.of("minimum"),
          List.of("at", "least"));
  private static final List<List<String>> CEILING_SENTENCES =
      List.of(
          List.of("no", "more"),
          List.of("nothing", "more"),
          List.of("not", "more"),
          List.of("no", "higher"),
          List.of("not", "higher"),
          List.of("maximum"),
          List.of("max"),
          List.of("tops"),
          List.of("at", "most"));
  private static final List<List<String>> REFUSALS_IN_REPLY =
      List.of(
          List.of("no"),
          List.of("nope"),
          List.of("not", "a", "chance"),
          List.of("absolutely", "not"),
          List.of("never"),
          List.of("are", "you", "kidding"),
          List.of("you", "must", "be", "joking"),
          List.of("seriously"));
  private static final List<List<String>> INFORMATION_BEFORE =
      Lexicon.standard().sequences("information_before");
  private static final List<List<String>> INFORMATION_AFTER =
      Lexicon.standard().sequences("information_after");
  private static final List<List<String>> OWN_ASK_TURNS =
      Lexicon.standard().sequences("own_ask_turns");
  private static final Set<String> YEAR_BEFORE =
      Set.of("in", "since", "from", "to", "until", "till", "of", "around", "circa", "by", "before");
  private static final Set<String> REPORT_CONTINUES = Lexicon.standard().words("report_continues");
  private static final Set<String> NOT_MODIFIERS = Lexicon.standard().words("not_modifiers");
  private static final Map<String, List<String>> MULTIPLIERS =
      Lexicon.standard().replacements("multipliers");
  private static final Set<String> DETERMINERS =
      Set.of("the", "your", "my", "our", "that", "this", "its", "their");
  private static final List<List<String>> MATCH_REQUESTS =
      Lexicon.standard().sequences("match_requests");
  // The same sequences indexed by first word: scanning a sentence for them costs one lookup a word.
  private static final Phrases INFORMATION_BEFORE_INDEX = Phrases.ofSequences(INFORMATION_BEFORE);
  private static final Phrases MATCH_REQUESTS_INDEX = Phrases.ofSequences(MATCH_REQUESTS);
  private static final Phrases OWN_ASK_TURNS_INDEX = Phrases.ofSequences(OWN_ASK_TURNS);
  private static final List<List<String>> MORE_BEFORE =
      List.of(
          List.of("another"),
          List.of("extra"),
          List.of("additional"),
          List.of("plus"),
          List.of("+"),
          List.of("add"));
  private static final List<List<String>> MORE_AFTER =
      List.of(
          List.of("more"),
          List.of("extra"),
          List.of("higher"),
          List.of("later"),
          List.of("on", "top"),
          List.of("raise"),
          List.of("increase"),
          List.of("bump"));
  private static final List<List<String>> LESS_AFTER =
      List.of(
          List.of("less"),
          List.of("lower"),
          List.of("fewer"),
          List.of("cut"),
          List.of("earlier"),
          List.of("sooner"),
          List.of("reduction"),
          List.of("decrease"));
  private static final List<List<String>> REFUSALS_AFTER =
      List.of(
          List.of("too", "low"),
          List.of("too", "high"),
          List.of("too", "little"),
          List.of("too", "much"),
          List.of("too", "few"),
          List.of("too", "many"),
          List.of("too", "long"),
          List.of("too", "short"),
          List.of("too", "late"),
          List.of("too", "early"),
          List.of("too", "soon"),
          List.of("not", "enough"),
          List.of("unacceptable"),
          List.of("not", "acceptable"),
          List.of("not", "work"),
          List.of("not", "going", "to", "work"),
          List.of("no", "go"),
          List.of("not", "possible"),
          List.of("impossible"),
          List.of("out", "of", "the", "question"),
          List.of("insulting"),
          List.of("ridiculous"),
          List.of("a", "joke"),
          List.of("not", "happening"),
          List.of("lowball"),
          List.of("not", "an", "option"),
          List.of("not", "doable"),
          List.of("a", "no"));
  private static final Phrases REFUSALS_AFTER_INDEX = Phrases.ofSequences(REFUSALS_AFTER);

  private final List<Token> tokens;
  private final boolean[] nameToken;
  private final LocalDate today;
  private final boolean[] consumed;
  private final boolean[] quantityToken;
  private final boolean[] conjunction;
  private final boolean[] reported;
  private final DateReader dates;

  QuantityScanner(List<Token> tokens, List<NameIndex.Hit> names, LocalDate today) {
    this.tokens = tokens;
    this.today = today;
    this.nameToken = new boolean[tokens.size()];
    for (NameIndex.Hit hit : names) {
      for (int i = hit.start(); i < hit.end(); i++) {
        nameToken[i] = true;
      }
    }
    this.consumed = new boolean[tokens.size()];
    this.quantityToken = new boolean[tokens.size()];
    this.conjunction = new boolean[tokens.size()];
    this.reported = new boolean[tokens.size()];
    this.dates = new DateReader(tokens, today);
  }

  List<Quantity> scan() {
    List<Quantity> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Quantity date = dates.read(i);
      if (date != null) {
        found.add(date);
        markConsumed(date);
        i = date.end() - 1;
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (consumed[i]) {
        continue;
      }
      Quantity figure = readFigure(i);
      if (figure != null) {
        found.add(figure);
        markConsumed(figure);
        i = figure.end() - 1;
      }
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    markConjunctions();
    List<Quantity> cued = new ArrayList<>(found.size());
    boolean matchAsked = asksToMatch();
    int informationEnd = -1;
    for (int k = 0; k < found.size(); k++) {
      Quantity quantity = found.get(k);
      Quantity next = k + 1 < found.size() ? found.get(k + 1) : null;
      boolean information =
          !matchAsked
              && (isInformation(quantity)
                  || (informationEnd >= 0 && continuesReport(informationEnd, quantity.start())));
      if (information) {
        informationEnd = quantity.end();
        for (int t = quantity.start(); t < quantity.end(); t++) {
          reported[t] = true;
        }
      } else if (next != null && isRange(quantity, next)) {
        cued.add(rangeEnd(quantity, next).withCues(Bound.Kind.AT_LEAST, 0, false));
        cued.add(next.withCues(Bound.Kind.AT_MOST, 0, false));
        k++;
      } else {
        cued.add(withCues(quantity));
      }
    }
    return cued;
  }

  /** "80-90k", "3 to 4 days", "between 85 and 90k": a floor and a ceiling. */
  private boolean isRange(Quantity low, Quantity high) {
    if (low.measure() == Measure.DATE || high.measure() == Measure.DATE) {
      return false;
    }
    String separator = high.start() == low.end() + 1 ? text(low.end()) : "";
    boolean between = separator.equals("and") && text(low.start() - 1).equals("between");
    boolean dashOrTo =
        (separator.equals("-") || separator.equals("to"))
            && !MOVE_STARTS.contains(text(low.start() - 1));
    return between || (dashOrTo && low.value() <= high.value());
  }

  /** The low end of a range written without its own unit takes the high end's: "80-90k". */
  private static Quantity rangeEnd(Quantity low, Quantity high) {
    if (low.measure() != Measure.BARE || high.measure() == Measure.BARE) {
      return low;
    }
    double value = low.value();
    if (high.value() >= 1000 && value < 1000) {
      value *= high.value() >= 1e6 && value < 1000 ? 1e6 : 1000;
      if (value > high.value()) {
        value /= 1000; // "1.2-1.5 million" scaled by a million, not "800-900k" by a million
      }
    }
    return new Quantity(
        low.start(),
        low.end(),
        value,
        high.measure(),
        high.offset(),
        low.spelled(),
        high.needsName(),
        null,
        0,
        false);
  }

  /**
   * A figure that describes the world rather than the deal: "my current salary is 75k", "I have
   * another offer for 95k".
   */
  private boolean isInformation(Quantity quantity) {
    if (countsOtherThings(wordsAfter(quantity.end()))) {
      return true;
    }
    if (isYear(quantity) || isNoise(quantity)) {
      return true;
    }
    List<String> before = sentenceBefore(quantity.start());
    for (int i = 0; i < before.size(); i++) {
      if (INFORMATION_BEFORE_INDEX.firstAt(before, i) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * "40+ backend projects", "3 young kids": the figure counts things that are not terms, named
   * right after it or after a "+" and up to two words describing them.
   */
  private static boolean countsOtherThings(List<String> after) {
    int from = !after.isEmpty() && after.get(0).equals("+") ? 1 : 0;
    for (int skipped = 0; skipped <= 2 && from + skipped <= after.size(); skipped++) {
      List<String> rest = after.subList(from + skipped, after.size());
      if (startsWithAny(rest, INFORMATION_AFTER)) {
        return true;
      }
      if (rest.isEmpty() || !isModifier(rest.get(0))) {
        return false;
      }
    }
    return false;
  }

  private static boolean isModifier(String word) {
    return !word.isEmpty()
        && Character.isLetter(word.charAt(0))
        && !NOT_MODIFIERS.contains(word)
        && !TIME_UNITS.contains(word);
  }

  /**
   * The turn to the person's own ask at the start of {@code words}, or null: "but" and "so" go on
   * with the report when its subject follows ("..., but it's only 19.5k").
   */
  private static List<String> ownAskTurnAt(List<String> words, int at) {
    for (List<String> turn : OWN_ASK_TURNS_INDEX.startingAt(words, at)) {
      if (matchesAt(words, at, turn)) {
        boolean conjunction =
            turn.size() == 1 && (turn.get(0).equals("but") || turn.get(0).equals("so"));
        if (conjunction && at + 1 < words.size() && REPORT_CONTINUES.contains(words.get(at + 1))) {
          continue;
        }
        return turn;
      }
    }
    return null;
  }

  /**
   * The token at {@code index} is in a report of the world ("the private seller's car has no
   * warranty"), as {@link #isInformation} reads the words before a figure, or goes on from a
   * reported figure ("the other dealer has one for 20k, but it has no warranty"); valid after
   * {@link #scan}.
   */
  boolean inReport(int index) {
    if (asksToMatch()) {
      return false;
    }
    List<String> before = new ArrayList<>();
    for (int i = index - 1; i >= 0; i--) {
      Token token = tokens.get(i);
      if (token.is(".") || token.is("!") || token.is("?") || token.is(";")) {
        break;
      }
      if (reported[i]) {
        return true;
      }
      if (quantityToken[i]) {
        break;
      }
      before.add(0, token.text());
      List<String> turn = ownAskTurnAt(before, 0);
      if (turn != null) {
        before = before.subList(turn.size(), before.size());
        break;
      }
    }
    for (int i = 0; i < before.size(); i++) {
      if (INFORMATION_BEFORE_INDEX.firstAt(before, i) != null) {
        return true;
      }
    }
    return false;
  }

  /** The words of the sentence before {@code start}, back to where the person turned to an ask. */
  private List<String> sentenceBefore(int start) {
    List<String> words = new ArrayList<>();
    for (int i = start - 1; i >= 0; i--) {
      Token token = tokens.get(i);
      if (token.is(".") || token.is("!") || token.is("?") || token.is(";") || quantityToken[i]) {
        break;
      }
      words.add(0, token.text());
      List<String> turn = ownAskTurnAt(words, 0);
      if (turn != null) {
        return words.subList(turn.size(), words.size());
      }
    }
    return words;
  }

  /** "I graduated in 2016", "from 2018 to 2023": a bare year is not a term. */
  private boolean isYear(Quantity quantity) {
    Token token = tokens.get(quantity.start());
    if (quantity.measure() != Measure.BARE
        || quantity.end() != quantity.start() + 1
        || !token.isNumber()
        || token.text().length() != 4
        || token.number() < 1950
        || token.number() > 2099) {
      return false;
    }
    return YEAR_BEFORE.contains(text(quantity.start() - 1))
        || text(quantity.start() + 1).equals("to");
  }

  /** "my number is 0176 5523 901": digits with a leading zero, or three numbers in a row. */
  private boolean isNoise(Quantity quantity) {
    int start = quantity.start();
    Token token = tokens.get(start);
    if (token.isNumber()
        && token.text().length() > 1
        && token.text().charAt(0) == '0'
        && Character.isDigit(token.text().charAt(1))) {
      return true;
    }
    int run = 1;
    for (int i = start - 1; i >= 0 && tokens.get(i).isNumber(); i--) {
      run++;
    }
    for (int i = quantity.end(); i < tokens.size() && tokens.get(i).isNumber(); i++) {
      run++;
    }
    return run >= 3;
  }

  /**
   * "a competitor offered me 78k, 2 remote days and 22 days pto": the figures after a reported one
   * belong to the same report until the sentence ends or the person turns to their own ask.
   */
  private boolean continuesReport(int from, int to) {
    List<String> words = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Token token = tokens.get(i);
      if (token.is(".") || token.is("!") || token.is("?") || token.is(";")) {
        return false;
      }
      words.add(token.text());
    }
    for (int i = 0; i < words.size(); i++) {
      if (ownAskTurnAt(words, i) != null) {
        return false;
      }
    }
    return true;
  }

  /** "they offered 78k, can you match it?": the reported figures are the ask. */
  private boolean asksToMatch() {
    List<String> words = tokens.stream().map(Token::text).toList();
    for (int i = 0; i < words.size(); i++) {
      if (MATCH_REQUESTS_INDEX.firstAt(words, i) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * "85k base + 10k bonus", "85k plus 10k signing": a plus between two figures joins them; it is
   * neither a floor ("80k+") nor a raise ("plus 5k").
   */
  private void markConjunctions() {
    for (int i = 1; i + 1 < tokens.size(); i++) {
      String w = text(i);
      if (!(w.equals("+") || w.equals("plus") || w.equals("&"))) {
        continue;
      }
      int next = text(i + 1).equals("a") || text(i + 1).equals("an") ? i + 2 : i + 1;
      boolean figureBefore = quantityToken[i - 1] || nameToken[i - 1];
      boolean figureAfter = next < tokens.size() && (quantityToken[next] || nameToken[next]);
      conjunction[i] = figureBefore && figureAfter;
    }
  }

  private void markConsumed(Quantity quantity) {
    for (int i = quantity.start(); i < quantity.end(); i++) {
      consumed[i] = true;
      quantityToken[i] = true;
    }
  }

  // ---- amounts, rates, durations ----

  private Quantity readFigure(int i) {
    Token token = tokens.get(i);
    Quantity multiple = multipleAt(i);
    if (multiple != null) {
      return multiple;
    }
    if (token.is("half") && !text(i - 1).equals("a") && i + 1 < tokens.size() && nameToken[i + 1]) {
      // "half up front" is 50 % of it; "two and a half" is read as a number elsewhere
      return new Quantity(i, i + 1, 50, Measure.PERCENT, false, true, true, null, 0, false);
    }
    NumberWords.Reading number = null;
    int relative = 0;
    if (token.isNumber()) {
      number = NumberWords.read(tokens, i);
    } else if (token.is("another") && TIME_UNITS.contains(text(i + 1))) {
      number = new NumberWords.Reading(i, i + 1, 1, true, false);
      relative = 1;
    } else if (token.is("half")
        && (text(i + 1).equals("a") || text(i + 1).equals("an"))
        && TIME_UNITS.contains(text(i + 2))) {
      number = new NumberWords.Reading(i, i + 2, 0.5, true, false); // "half a year"
    } else if (token.is("a") || token.is("an")) {
      number = oneOfATimeUnit(i);
    } else if (SPELLED_STARTS.contains(token.text())) {
      number = NumberWords.read(tokens, i);
    }
    if (number == null || !Double.isFinite(number.value())) {
      return null;
    }
    if (andAHalfAt(number.end())) {
      // "two and a half weeks"
      number =
          new NumberWords.Reading(
              number.start(), number.end() + 3, number.value() + 0.5, true, number.scaled());
    }
    int start = number.start();
    boolean money = number.scaled() && number.value() >= 1000;
    if (start > 0 && isCurrencyAt(start - 1) && !consumed[start - 1]) {
      money = true;
      start--;
    }
    int end = number.end();
    if (token.isNumber() && ORDINAL_SUFFIXES.contains(text(end))) {
      end++;
    }
    while (MORE.contains(text(end)) || FEWER.contains(text(end)) || FILLERS.contains(text(end))) {
      if (relative == 0 && MORE.contains(text(end))) {
        relative = 1;
      } else if (relative == 0 && FEWER.contains(text(end)) && !text(end + 1).equals("than")) {
        relative = -1;
      } else if (FEWER.contains(text(end))) {
        break;
      }
      end++;
    }
    if (CURRENCY_WORDS.contains(text(end))
        || (end < tokens.size() && tokens.get(end).kind() == Token.Kind.CURRENCY)) {
      money = true; // "85k USD", "85k€"
      end++;
    }
    int unitAt = end;
    int skippedNames = 0;
    while (unitAt < tokens.size() && nameToken[unitAt] && skippedNames < 3) {
      unitAt++;
      skippedNames++;
    }
    Unit unit = unitAt(unitAt);
    Measure measure;
    double value = number.value();
    if (unit != null && !money) {
      end = unit.end();
      if (andAHalfAt(end) && value == Math.rint(value)) {
        value += 0.5; // "a year and a half"
        end += 3;
      }
      Period period = periodAt(end);
      if (period != null) {
        end = period.end();
      }
      measure = durationMeasure(unit.measure(), period);
    } else {
      Period period = periodAt(end);
      if (period != null) {
        end = period.end();
        measure = period.moneyMeasure();
      } else {
        measure = money ? Measure.MONEY : Measure.BARE;
      }
    }
    boolean offset = false;
    if (isTime(measure)) {
      int before = start - 1;
      if (OFFSET_BEFORE.contains(text(before)) && !throwsIn(before)) {
        offset = true;
      }
      int after = offsetAfter(end);
      if (after > end) {
        offset = true;
        end = after;
      }
    }
    return new Quantity(
        start, end, value, measure, offset, number.spelled(), offset, null, relative, false);
  }

  private boolean andAHalfAt(int i) {
    return text(i).equals("and") && text(i + 1).equals("a") && text(i + 2).equals("half");
  }

  /**
   * "double the warranty", "halve the deposit": a multiple of the value on the table, read only
   * when an issue's name follows, after at most determiners ("double check the terms" is none).
   */
  private Quantity multipleAt(int i) {
    List<String> factor = MULTIPLIERS.get(text(i));
    if (factor == null) {
      return null;
    }
    int k = i + 1;
    while (k < tokens.size() && DETERMINERS.contains(text(k))) {
      k++;
    }
    if (k >= tokens.size() || !nameToken[k]) {
      return null;
    }
    double times = Double.parseDouble(factor.get(0));
    return new Quantity(i, i + 1, times, Measure.FACTOR, false, true, true, null, 0, false);
  }

  /** "Throw in a year of warranty" adds a term; "in a year" alone is a delay. */
  private boolean throwsIn(int in) {
    return text(in).equals("in") && text(in - 1).equals("throw");
  }

  /** "in a week", "for a year", "a year warranty", "an extra day": the article counts one. */
  private NumberWords.Reading oneOfATimeUnit(int i) {
    NumberWords.Reading spelled = NumberWords.read(tokens, i);
    if (spelled != null) {
      return spelled;
    }
    String next = text(i + 1);
    boolean nameFollows =
        (i + 2 < tokens.size() && nameToken[i + 2])
            || (text(i + 2).equals("of") && i + 3 < tokens.size() && nameToken[i + 3]);
    boolean moveFollows = SOONER_OR_LATER.contains(text(i + 2));
    boolean nameBefore = i > 0 && nameToken[i - 1];
    if (TIME_UNITS.contains(next)
        && (ARTICLE_PREPOSITIONS.contains(text(i - 1))
            || nameFollows
            || moveFollows
            || nameBefore
            || andAHalfAt(i + 2))) {
      return new NumberWords.Reading(i, i + 1, 1, true, false);
    }
    if ((next.equals("extra") || next.equals("additional")) && TIME_UNITS.contains(text(i + 2))) {
      return new NumberWords.Reading(i, i + 1, 1, true, false);
    }
    return null;
  }

  private boolean isCurrencyAt(int i) {
    Token token = tokens.get(i);
    return token.kind() == Token.Kind.CURRENCY || CURRENCY_CODES.contains(token.text());
  }

  private record Unit(int end, Measure measure) {}

  private Unit unitAt(int i) {
    String w = text(i);
    return switch (w) {
      case "%", "percent", "pct" -> new Unit(i + 1, Measure.PERCENT);
      case "per" -> text(i + 1).equals("cent") ? new Unit(i + 2, Measure.PERCENT) : null;
      case "day", "days" -> text(i + 1).equals("rate") ? null : new Unit(i + 1, Measure.DAYS);
      case "week", "weeks", "wk", "wks" -> new Unit(i + 1, Measure.WEEKS);
      case "month", "months", "mo", "mos", "mth", "mths" -> new Unit(i + 1, Measure.MONTHS);
      case "year", "years", "yr", "yrs" -> new Unit(i + 1, Measure.YEARS);
      case "hour", "hours", "hr", "hrs", "minutes", "people", "times" ->
          new Unit(i + 1, Measure.OTHER);
      default -> null;
    };
  }

  private enum Per {
    HOUR,
    DAY,
    WEEK,
    MONTH,
    YEAR
  }

  private record Period(int end, Per per) {
    Measure moneyMeasure() {
      return switch (per) {
        case HOUR -> Measure.MONEY_PER_HOUR;
        case DAY -> Measure.MONEY_PER_DAY;
        case WEEK -> Measure.MONEY_PER_WEEK;
        case MONTH -> Measure.MONEY_PER_MONTH;
        case YEAR -> Measure.MONEY_PER_YEAR;
      };
    }
  }

  private Period periodAt(int i) {
    String w = text(i);
    Per single =
        switch (w) {
          case "hourly" -> Per.HOUR;
          case "daily" -> Per.DAY;
          case "weekly" -> Per.WEEK;
          case "monthly" -> Per.MONTH;
          case "yearly", "annually", "annual", "pa", "annum" -> Per.YEAR;
          default -> null;
        };
    if (single != null) {
      return new Period(i + 1, single);
    }
    if (w.equals("day") && text(i + 1).equals("rate")) {
      return new Period(i + 2, Per.DAY);
    }
    if (!PERIOD_MARKERS.contains(w)) {
      return null;
    }
    Per per =
        switch (text(i + 1)) {
          case "hour", "hr", "h" -> Per.HOUR;
          case "day", "d", "diem" -> Per.DAY;
          case "week", "wk", "w" -> Per.WEEK;
          case "month", "mo", "mth" -> Per.MONTH;
          case "year", "yr", "y", "annum" -> Per.YEAR;
          default -> null;
        };
    return per == null ? null : new Period(i + 2, per);
  }

  private static Measure durationMeasure(Measure unit, Period period) {
    if (unit == Measure.DAYS && period != null) {
      return switch (period.per()) {
        case WEEK -> Measure.DAYS_PER_WEEK;
        case YEAR -> Measure.DAYS_PER_YEAR;
        default -> Measure.OTHER;
      };
    }
    return unit;
  }

  private static boolean isTime(Measure measure) {
    return measure == Measure.DAYS
        || measure == Measure.WEEKS
        || measure == Measure.MONTHS
        || measure == Measure.YEARS;
  }

  private int offsetAfter(int i) {
    String w = text(i);
    if (w.equals("from") && (text(i + 1).equals("now") || text(i + 1).equals("today"))) {
      return i + 2;
    }
    if (w.equals("out") || w.equals("hence")) {
      return i + 1;
    }
    if (w.equals("time") && !nameToken[i]) {
      return i + 1;
    }
    return i;
  }

  // ---- cue words ----

  private Quantity withCues(Quantity quantity) {
    if (quantity.measure() == Measure.DATE && quantity.needsName()) {
      return quantity;
    }
    List<String> before = wordsBefore(quantity.start());
    List<String> after = wordsAfter(quantity.end());
    Bound.Kind bound = boundBefore(before);
    if (bound == null) {
      bound = startsWithAny(after, AT_LEAST_AFTER) ? Bound.Kind.AT_LEAST : null;
    }
    if (bound == null) {
      bound = startsWithAny(after, AT_MOST_AFTER) ? Bound.Kind.AT_MOST : null;
    }
    if (bound == null) {
      bound = boundInNextSentence(quantity.end());
    }
    int relative = quantity.relative();
    if (bound == null && relative == 0) {
      relative = relativeCue(before, after);
    }
    boolean rejected =
        bound == null
            && (negatedBefore(before) || refusedAfter(after) || refusedInReply(quantity.end()));
    return quantity.withCues(bound, relative, rejected);
  }

  private Bound.Kind boundBefore(List<String> before) {
    List<String> words = new ArrayList<>();
    for (String w : before) {
      if (!SKIPPED_BEFORE.contains(w)) {
        words.add(w);
      }
    }
    if (endsWithAny(words, AT_LEAST_BEFORE)) {
      return Bound.Kind.AT_LEAST;
    }
    if (endsWithAny(words, AT_MOST_BEFORE)) {
      int verb = words.size() - 3;
      boolean goUpTo =
          words.size() >= 2
              && words.get(words.size() - 2).equals("up")
              && verb >= 0
              && GO_UP_VERBS.contains(words.get(verb));
      return goUpTo ? null : Bound.Kind.AT_MOST;
    }
    for (List<String> comparator : ABOVE_COMPARATORS) {
      if (endsWith(words, comparator)) {
        return flipIfNegated(Bound.Kind.AT_LEAST, words, words.size() - comparator.size());
      }
    }
    for (List<String> comparator : BELOW_COMPARATORS) {
      if (endsWith(words, comparator)) {
        return flipIfNegated(Bound.Kind.AT_MOST, words, words.size() - comparator.size());
      }
    }
    return null;
  }

  private static Bound.Kind flipIfNegated(Bound.Kind kind, List<String> words, int at) {
    for (int i = Math.max(0, at - 5); i < at; i++) {
      if (NEGATIONS.contains(words.get(i)) || THREATS.contains(words.get(i))) {
        return kind.opposite();
      }
    }
    return kind;
  }

  private static int relativeCue(List<String> before, List<String> after) {
    if (startsWithAny(after, MORE_AFTER)) {
      return 1;
    }
    if (startsWithAny(after, LESS_AFTER)) {
      return -1;
    }
    if (!after.isEmpty() && after.get(0).equals("off")) {
      for (String w : before) {
        if (w.equals("knock") || w.equals("take") || w.equals("shave")) {
          return -1; // "knock 5k off"; "25 days off" is vacation, not a cut
        }
      }
    }
    if (endsWithAny(before, MORE_BEFORE)
        || endsWith(before, List.of("an", "extra"))
        || endsWith(before, List.of("an", "additional"))) {
      return 1;
    }
    if (endsWith(before, List.of("back"))) {
      return 1; // "push the start date back 2 weeks"
    }
    if (endsWith(before, List.of("minus")) || endsWith(before, List.of("forward"))) {
      return -1;
    }
    if (endsWith(before, List.of("by"))) {
      for (int i = before.size() - 2; i >= 0; i--) {
        if (RAISE_VERBS.contains(before.get(i))) {
          return 1;
        }
        if (CUT_VERBS.contains(before.get(i))) {
          return -1;
        }
      }
    }
    return 0;
  }

  private static boolean negatedBefore(List<String> before) {
    int from = before.size() - 1;
    for (int i = from; i >= 0 && i >= from - 6; i--) {
      String w = before.get(i);
      if (CONTRASTS.contains(w)) {
        return false;
      }
      if (NEGATIONS.contains(w)) {
        String next = i + 1 < before.size() ? before.get(i + 1) : "";
        String previous = i > 0 ? before.get(i - 1) : "";
        boolean hedge = HEDGES.contains(next);
        boolean questionForm = next.equals("you") || next.equals("we") || previous.equals("why");
        boolean conditional = false;
        for (int k = Math.max(0, i - 3); k < i; k++) {
          conditional |= before.get(k).equals("if") || before.get(k).equals("unless");
        }
        return !(hedge || questionForm || conditional);
      }
    }
    return false;
  }

  /** "I want 85k. No less.": a short sentence right after the figure makes it a floor. */
  private Bound.Kind boundInNextSentence(int end) {
    int i = end;
    while (i < tokens.size() && nameToken[i]) {
      i++;
    }
    if (!(text(i).equals(".") || text(i).equals("!") || text(i).equals(","))) {
      return null;
    }
    List<String> sentence = new ArrayList<>();
    for (int k = i + 1; k < tokens.size() && !tokens.get(k).endsClause(); k++) {
      sentence.add(text(k));
    }
    if (sentence.size() > 4) {
      return null;
    }
    if (startsWithAny(sentence, FLOOR_SENTENCES)) {
      return Bound.Kind.AT_LEAST;
    }
    return startsWithAny(sentence, CEILING_SENTENCES) ? Bound.Kind.AT_MOST : null;
  }

  /** "85k? No way.": the figure asked back, then refused. */
  private boolean refusedInReply(int end) {
    int i = end;
    while (i < tokens.size() && nameToken[i]) {
      i++;
    }
    if (!text(i).equals("?")) {
      return false;
    }
    List<String> reply = new ArrayList<>();
    for (int k = i + 1; k < tokens.size() && reply.size() < 3; k++) {
      reply.add(text(k));
    }
    return startsWithAny(reply, REFUSALS_IN_REPLY);
  }

  private static boolean refusedAfter(List<String> after) {
    for (int i = 0; i < after.size(); i++) {
      if (CONTRASTS.contains(after.get(i)) && i > 0) {
        return false;
      }
      if (REFUSALS_AFTER_INDEX.firstAt(after, i) != null) {
        return true;
      }
    }
    return false;
  }

  /** Up to eight words before {@code start}, in order, stopping at a clause end or a figure. */
  private List<String> wordsBefore(int start) {
    List<String> words = new ArrayList<>();
    for (int i = start - 1; i >= 0 && words.size() < 8; i--) {
      Token token = tokens.get(i);
      if (token.endsClause() || quantityToken[i] || conjunction[i]) {
        break;
      }
      words.add(0, token.text());
    }
    return words;
  }

  /** Up to eight words after {@code end}, names skipped, stopping at a clause end or a figure. */
  private List<String> wordsAfter(int end) {
    List<String> words = new ArrayList<>();
    for (int i = end; i < tokens.size() && words.size() < 8; i++) {
      Token token = tokens.get(i);
      if (token.endsClause() || quantityToken[i] || conjunction[i]) {
        break;
      }
      boolean atA = token.is("a") && !words.isEmpty() && words.get(words.size() - 1).equals("at");
      if (!nameToken[i] && !token.is("the") && !atA) {
        words.add(token.text()); // "at a minimum" reads as "at minimum"
      }
    }
    return words;
  }

  private static boolean endsWithAny(List<String> words, List<List<String>> phrases) {
    for (List<String> phrase : phrases) {
      if (endsWith(words, phrase)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWith(List<String> words, List<String> phrase) {
    return words.size() >= phrase.size() && matchesAt(words, words.size() - phrase.size(), phrase);
  }

  private static boolean startsWithAny(List<String> words, List<List<String>> phrases) {
    for (List<String> phrase : phrases) {
      if (matchesAt(words, 0, phrase)) {
        return true;
      }
    }
    return false;
  }

  static boolean matchesAt(List<String> words, int at, List<String> phrase) {
    if (at < 0 || at + phrase.size() > words.size()) {
      return false;
    }
    for (int k = 0; k < phrase.size(); k++) {
      if (!words.get(at + k).equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  private String text(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).text() : "";
  }
}
