package dev.parley.reader;

import dev.parley.domain.terms.Terms;
import dev.parley.domain.terms.Unit;
import dev.parley.reader.Quantity.Reading;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads one chat message of a negotiation into an {@link Intent}, proposed {@link Terms}, floors
 * and ceilings, and rejected values, by rules (no model, reproducible, fast).
 *
 * <p>What it understands:
 *
 * <ul>
 *   <li>Amounts: "85k", "$85,000", "85,000", "85 thousand", "eighty-five thousand", "85K USD", "1.2
 *       million", "€90k", "85 grand"; "7k a month" is 84000 a year.
 *   <li>Rates: "$95/hour", "95 an hour", "$700 a day". When the scenario has no issue in the rate's
 *       own unit, a day is {@value Quantity#HOURS_PER_DAY} hours.
 *   <li>Durations and dates, in days from the reference date for {@link Unit#DAYS_FROM_NOW}: "start
 *       in two weeks" (14), "in a month" ({@value Quantity#DAYS_PER_MONTH}), "start on March 3rd"
 *       (the next March 3rd on or after the reference date), "2026-03-03", "next Monday",
 *       "tomorrow", "immediately". Weeks of vacation are working weeks: "four weeks vacation" is
 *       {@value Quantity#WORKING_DAYS_PER_WEEK} x 4 = 20 days per year. "six-month contract" is 6
 *       months, "two years" 24 months.
 *   <li>Relative moves from the terms on the table: "5k more", "another 10%", "bump it by 3k", "2
 *       fewer days in office", "a week later", and multiples when a name follows: "double the
 *       warranty", "halve the deposit". A move the table has no base for is dropped.
 *   <li>Halves of durations: "half a year", "two and a half weeks", "a year and a half".
 *   <li>A delay said of being ready ("if it's ready in 5 days", "I'm available in 3 weeks") goes to
 *       the scenario's only date issue, named or not.
 *   <li>Typing slips: two letters swapped or a letter typed twice ("soudns", "deeal"), see {@link
 *       Respeller}; the lexicon's respellings for the rest ("cna", "acept").
 *   <li>Floors and ceilings: "at least 80k", "not less than 80k", "80k minimum", "80k+", "I want
 *       85k. No less.", "no more than 2 days in office" (a floor of 3 remote days when "office" is
 *       a complement name), "I can't start before April", "I'd walk away for less than 80k". Ranges
 *       are a floor and a ceiling: "80-90k", "between 85 and 90k", "3-4 days remote".
 *   <li>Refusals: "I can't accept 70k", "70k is too low", "85k? No way.": the value goes to {@link
 *       ReadMessage#rejected()}, never to {@link ReadMessage#proposed()}.
 *   <li>Figures about the world rather than the deal are ignored: "my current salary is 75k", "I
 *       have another offer for 95k", "3 weeks notice", "40+ backend projects", "these are going for
 *       around 20k"; a report goes on after "but it..." ("the private seller's car has no warranty,
 *       but it's only 19.5k"), and names no value with "no" in it either.
 *   <li>"Make it 90" near a salary of 80k on the table means 90k (see {@code thousandsMeant}).
 * </ul>
 *
 * <p>Attribution: a figure goes to the issue named nearest to it in its clause (clauses end at
 * punctuation, "and", "but"), if the value fits that issue's unit and range. A figure with no name
 * of its own first takes the issue of the figure just before it ("3 days in the office, 1 day
 * max"), then goes to the only issue whose unit and range fit it; if several fit, it goes nowhere,
 * except a relative move, which goes to the first fitting issue in vocabulary order. A bare number
 * with no name nearby is read as money only, and a plain amount with no name nearby ("2", "$90")
 * only if it is at least a hundredth of the issue's maximum (so it is not a signing bonus). A value
 * outside every range is never attributed. Soft dates and offsets ("tomorrow", "in two weeks") need
 * the issue's name nearby.
 *
 * <p>Intent, in order: an unconditional walk-away; an acceptance that names no new value; new
 * values or bounds (PROPOSE, also when phrased as a question, and when restating the table without
 * accepting); a refusal; a push without a figure ("a little higher": REJECT, or QUESTION when
 * asked); a question; else OTHER.
 *
 * <p>Not understood yet: European decimals ("85.000" is 85.0), slash dates ("3/15"), times of day,
 * negative figures ("-5k"), "move the start date up a week", fractions in words other than halves,
 * figures that refer back to the other side's words ("is 85k your best offer?" proposes 85k), and
 * any language but English.
 *
 * <p>Robustness: {@link #read} never throws and returns a non-null result for any input; text
 * beyond {@value Tokenizer#MAX_CHARS} characters is ignored, so time is linear in the (capped)
 * length.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class OfferReader {
  private static final System.Logger LOG = System.getLogger(OfferReader.class.getName());
  private static final int NAME_REACH = 8;
  private static final Set<String> CLAUSE_WORDS =
      Set.of("and", "but", "however", "also", "though", "although", "whereas", "plus");
  private static final Phrases SPLITS = Lexicon.standard().phrases("split_the_difference");
  private static final Set<String> WHOLE_WEEK = Set.of("fully", "full", "completely", "entirely");
  private static final Set<String> NONE_OF = Set.of("no", "zero");

  /** Words of the reader's rules written in code rather than in the lexicon, for respelling. */
  private static final Set<String> KNOWN_WORDS =
      Set.of(
          "hour",
          "hours",
          "percent",
          "thousand",
          "million",
          "grand",
          "off",
          "more",
          "less",
          "fewer",
          "extra",
          "another",
          "later",
          "sooner",
          "earlier",
          "half",
          "today",
          "tomorrow",
          "now",
          "next",
          "within",
          "price",
          "offer");

  private static final Set<String> READINESS = Lexicon.standard().words("readiness");

  private final List<IssueVocabulary> issues;
  private final NameIndex names;
  private final Respeller respeller;

  /**
   * @param issues the scenario's issues; their order is their priority when a relative move fits
   *     several
   * @throws IllegalArgumentException if two issues share a key
   */
  public OfferReader(List<IssueVocabulary> issues) {
    this.issues = List.copyOf(issues);
    Set<String> keys = new HashSet<>();
    for (IssueVocabulary issue : this.issues) {
      if (!keys.add(issue.key())) {
        throw new IllegalArgumentException("two issues share the key " + issue.key());
      }
    }
    this.names = new NameIndex(this.issues);
    Set<String> known = new HashSet<>(Lexicon.standard().allWords());
    known.addAll(QuantityScanner.TIME_UNITS);
    known.addAll(SpelledNumbers.SMALL.keySet());
    known.addAll(SpelledNumbers.TENS.keySet());
    known.addAll(KNOWN_WORDS);
    for (IssueVocabulary issue : this.issues) {
      List<String> named = new ArrayList<>(issue.names());
      named.addAll(issue.complementNames());
      named.add(issue.key().replace('_', ' '));
      for (String name : named) {
        for (Token token : Tokenizer.tokenize(name)) {
          if (token.kind() == Token.Kind.WORD) {
            known.add(token.text());
          }
        }
      }
    }
    this.respeller = new Respeller(known);
  }

  /**
   * What {@code text} says, read against the terms on the table and the reference date of {@code
   * context}. Never throws: null, empty or unreadable text reads as {@link
   * ReadMessage#NOTHING}-like content; a null context is {@link ReadingContext#EMPTY}.
   */
  public ReadMessage read(String text, ReadingContext context) {
    try {
      return readStrictly(text, context);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "could not read a chat message; read as nothing", e);
      return ReadMessage.NOTHING;
    }
  }

  /** {@link #read} without the safety net, so tests see any failure. */
  ReadMessage readStrictly(String text, ReadingContext context) {
    ReadingContext ctx = context == null ? ReadingContext.EMPTY : context;
    List<Token> tokens = respeller.respell(Tokenizer.tokenize(text));
    List<NameIndex.Hit> hits = names.find(tokens);
    QuantityScanner scanner = new QuantityScanner(tokens, hits, ctx.referenceDate());
    List<Quantity> quantities = scanner.scan();
    List<Claim> claims = new Attribution(tokens, hits, quantities, ctx.onTable()).claims();

    Map<String, Double> proposed = new LinkedHashMap<>();
    Map<String, Double> rejected = new LinkedHashMap<>();
    List<Bound> bounds = new ArrayList<>();
    boolean splits = splitsTheDifference(tokens);
    boolean guessed = false;
    for (Claim claim : claims) {
      String key = issues.get(claim.issue()).key();
      Quantity q = claim.quantity();
      if (q.rejected()) {
        rejected.put(key, claim.value());
      } else if (q.bound() != null) {
        Bound.Kind kind = claim.complement() ? q.bound().opposite() : q.bound();
        bounds.add(new Bound(key, kind, claim.value()));
      } else if (splits && proposed.containsKey(key)) {
        // "split the difference between your 72 and my 90": the middle of the two
        proposed.put(key, (proposed.get(key) + claim.value()) / 2);
      } else {
        proposed.put(key, claim.value());
        guessed |= claim.guessed();
      }
    }
    addWholeOrNone(tokens, hits, scanner, proposed);
    rejected.forEach((key, value) -> proposed.remove(key, value));

    List<Bound> stated = List.copyOf(bounds);
    bounds.removeIf(bound -> echoes(bound, stated, ctx.onTable()));
    List<String> words = tokens.stream().map(Token::text).toList();
    boolean question = IntentClassifier.isQuestion(words);
    boolean proposesNew = differsFromTable(proposed, ctx.onTable());
    Intent intent =
        IntentClassifier.classify(
            words,
            question,
            new IntentClassifier.Figures(
                proposesNew, proposesNew, !bounds.isEmpty(), !rejected.isEmpty()),
            termWords(hits, quantities));
    return new ReadMessage(
        intent, Terms.of(proposed), bounds, Terms.of(rejected), question, guessed);
  }

  /** The positions of the tokens that name an issue or state a figure. */
  private static Set<Integer> termWords(List<NameIndex.Hit> hits, List<Quantity> quantities) {
    Set<Integer> positions = new HashSet<>();
    for (NameIndex.Hit hit : hits) {
      for (int i = hit.start(); i < hit.end(); i++) {
        positions.add(i);
      }
    }
    for (Quantity q : quantities) {
      for (int i = q.start(); i < q.end(); i++) {
        positions.add(i);
      }
    }
    return positions;
  }

  private static boolean splitsTheDifference(List<Token> tokens) {
    List<String> words = tokens.stream().map(Token::text).toList();
    for (int i = 0; i < words.size(); i++) {
      if (SPLITS.matchAt(words, i) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * "is 72k the top of the band?", "if you can't go above 60": the table's own value, not a bound.
   */
  private static boolean echoes(Bound bound, List<Bound> stated, Terms onTable) {
    boolean endOfARange =
        stated.stream()
            .anyMatch(other -> other != bound && other.issueKey().equals(bound.issueKey()));
    return !endOfARange && onTable.valueOf(bound.issueKey()).equals(Optional.of(bound.value()));
  }

  private static boolean differsFromTable(Map<String, Double> proposed, Terms onTable) {
    for (Map.Entry<String, Double> entry : proposed.entrySet()) {
      if (!onTable.valueOf(entry.getKey()).equals(Optional.of(entry.getValue()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "fully remote" is the whole week, a days-per-week issue's maximum ("fully in office" its
   * minimum); "no bonus", "no remote", "zero deposit" is the minimum of an issue that can be zero.
   */
  private void addWholeOrNone(
      List<Token> tokens,
      List<NameIndex.Hit> hits,
      QuantityScanner scanner,
      Map<String, Double> proposed) {
    for (NameIndex.Hit hit : hits) {
      IssueVocabulary issue = issues.get(hit.issue());
      if (hit.start() == 0 || scanner.inReport(hit.start())) {
        continue; // "the private seller's car has no warranty" reports, proposes nothing
      }
      String before = tokens.get(hit.start() - 1).text();
      if (issue.unit() == Unit.DAYS_PER_WEEK && WHOLE_WEEK.contains(before)) {
        proposed.putIfAbsent(issue.key(), hit.complement() ? issue.min() : issue.max());
      } else if (NONE_OF.contains(before) && issue.min() == 0) {
        // "no office days" is the whole week remote
        proposed.putIfAbsent(issue.key(), hit.complement() ? issue.max() : 0.0);
      }
    }
  }

  /**
   * "Make it 90" for a salary near 80k means 90k: a bare two- or three-digit number is read in
   * thousands for a money issue named nearby, or whose value on the table is within half of it.
   */
  private static double thousandsMeant(
      Quantity q, Reading reading, IssueVocabulary issue, boolean namedHere, Terms onTable) {
    double raw = reading.value();
    if (q.measure() != Quantity.Measure.BARE
        || q.isRelative()
        || issue.unit() != Unit.MONEY
        || raw < 10
        || raw >= 1000
        || issue.contains(raw)
        || !issue.contains(raw * 1000)) {
      return raw;
    }
    Double base = onTable.values().get(issue.key());
    boolean nearTable = base != null && Math.abs(raw * 1000 - base) <= base / 2;
    return namedHere || nearTable ? raw * 1000 : raw;
  }

  /** A figure attributed to an issue, with its value in the issue's unit. */
  private record Claim(
      Quantity quantity, int issue, double value, boolean complement, boolean guessed) {
    Claim(Quantity quantity, int issue, double value, boolean complement) {
      this(quantity, issue, value, complement, false);
    }
  }

  /** Attributes the figures of one message to issues. */
  private final class Attribution {
    private final List<Token> tokens;
    private final List<NameIndex.Hit> hits;
    private final List<Quantity> quantities;
    private final Terms onTable;
    private final int[] clause;

    Attribution(
        List<Token> tokens, List<NameIndex.Hit> hits, List<Quantity> quantities, Terms onTable) {
      this.tokens = tokens;
      this.hits = hits;
      this.quantities = quantities;
      this.onTable = onTable;
      this.clause = new int[tokens.size() + 1];
      int current = 0;
      for (int i = 0; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        if (token.endsClause() || CLAUSE_WORDS.contains(token.text())) {
          current++;
        }
        clause[i] = current;
      }
      clause[tokens.size()] = current;
    }

    private record Pair(int quantity, int hit, int distance, boolean nameAfter) {}

    List<Claim> claims() {
      List<Claim> claims = new ArrayList<>();
      boolean[] placed = new boolean[quantities.size()];
      boolean[] hitUsed = new boolean[hits.size()];
      for (Pair pair : namedPairs()) {
        if (placed[pair.quantity()] || hitUsed[pair.hit()]) {
          continue;
        }
        Quantity q = quantities.get(pair.quantity());
        NameIndex.Hit hit = hits.get(pair.hit());
        OptionalDouble value = firstFit(q, hit.issue(), hit.complement(), true);
        if (value.isPresent()) {
          claims.add(new Claim(q, hit.issue(), value.getAsDouble(), hit.complement()));
          placed[pair.quantity()] = true;
          hitUsed[pair.hit()] = true;
        }
      }
      Set<String> namedRoles = new HashSet<>();
      for (Claim claim : claims) {
        namedRoles.add(role(claim.quantity(), claim.issue()));
      }
      for (int qi = 0; qi < quantities.size(); qi++) {
        Quantity q = quantities.get(qi);
        if (placed[qi]) {
          continue;
        }
        Claim claim = carriedOver(q, claims);
        if (claim == null && !q.needsName() && !nextToUnusedName(q, hitUsed)) {
          claim = byPlausibility(q, namedRoles);
        }
        if (claim == null && q.needsName() && readyBefore(q)) {
          claim = theDate(q, namedRoles);
        }
        if (claim != null) {
          claims.add(claim);
        }
      }
      claims.sort(Comparator.comparingInt(c -> c.quantity().start()));
      return claims;
    }

    /**
     * "push the start date back 2 weeks": a figure right next to a name it does not fit is about
     * that issue in a way the reader does not follow, so it must not land on another issue.
     */
    private boolean nextToUnusedName(Quantity q, boolean[] hitUsed) {
      for (int hi = 0; hi < hits.size(); hi++) {
        NameIndex.Hit hit = hits.get(hi);
        if (hitUsed[hi]) {
          continue;
        }
        boolean after = hit.start() >= q.end();
        int distance = after ? hit.start() - q.end() : q.start() - hit.end();
        int from = after ? q.start() : hit.start();
        int to = after ? hit.start() : q.start();
        if (distance >= 0
            && distance <= 1
            && clause[from] == clause[to]
            && !(distance == 1 && introducesAList(after ? q.end() : hit.end(), q))) {
          return true;
        }
      }
      return false;
    }

    /**
     * "I can give on the hours per week: 110 per hour, ...": a name before a colon heads what
     * follows it, so a figure after the colon that says its own unit is not about that name.
     */
    private boolean introducesAList(int between, Quantity q) {
      return tokens.get(between).is(":") && q.measure() != Quantity.Measure.BARE;
    }

    /** "if it's ready in 5 days", "I'm available in 3 weeks": readiness in the figure's clause. */
    private boolean readyBefore(Quantity q) {
      for (int i = q.start() - 1; i >= 0 && clause[i] == clause[q.start()]; i--) {
        if (READINESS.contains(tokens.get(i).text())) {
          return true;
        }
      }
      return false;
    }

    /** The scenario's only date issue, for a delay said of being ready rather than of a name. */
    private Claim theDate(Quantity q, Set<String> namedRoles) {
      Claim found = null;
      for (int issue = 0; issue < issues.size(); issue++) {
        if (issues.get(issue).unit() != Unit.DAYS_FROM_NOW) {
          continue;
        }
        if (found != null) {
          return null;
        }
        OptionalDouble value = firstFit(q, issue, false, true);
        if (value.isEmpty() || namedRoles.contains(role(q, issue))) {
          return null;
        }
        found = new Claim(q, issue, value.getAsDouble(), false);
      }
      return found;
    }

    /** A figure, a floor or a refusal for an issue, so one of each can be named per message. */
    private static String role(Quantity q, int issue) {
      String kind = q.rejected() ? "rejected" : q.bound() == null ? "value" : q.bound().name();
      return issue + ":" + kind;
    }

    /**
     * "I can't do 3 days in the office, 1 day max": a figure with no name of its own takes the name
     * of the figure just before it, if it fits that issue.
     */
    private Claim carriedOver(Quantity q, List<Claim> claims) {
      Claim previous = null;
      for (Claim claim : claims) {
        if (claim.quantity().end() <= q.start()
            && (previous == null || claim.quantity().start() > previous.quantity().start())) {
          previous = claim;
        }
      }
      if (previous == null
          || clause[q.start()] - clause[previous.quantity().end()] > 2
          || !sameKind(previous.quantity(), q)) {
        return null;
      }
      Quantity continued = previous.quantity().offset() ? q.asOffset() : q;
      OptionalDouble value = firstFit(continued, previous.issue(), previous.complement(), true);
      if (value.isEmpty() || !sameMagnitude(value.getAsDouble(), previous.value())) {
        return null; // "a 5k bonus and I'll take 78": the 78 is not a bonus of 78
      }
      return new Claim(continued, previous.issue(), value.getAsDouble(), previous.complement());
    }

    private static boolean sameMagnitude(double a, double b) {
      double larger = Math.max(Math.abs(a), Math.abs(b));
      double smaller = Math.min(Math.abs(a), Math.abs(b));
      return larger <= 10 || smaller * 10 >= larger;
    }

    private static boolean sameKind(Quantity a, Quantity b) {
      return a.measure() == b.measure()
          || a.measure() == Quantity.Measure.BARE
          || b.measure() == Quantity.Measure.BARE;
    }

    private List<Pair> namedPairs() {
      List<Pair> pairs = new ArrayList<>();
      for (int qi = 0; qi < quantities.size(); qi++) {
        Quantity q = quantities.get(qi);
        for (int hi = 0; hi < hits.size(); hi++) {
          NameIndex.Hit hit = hits.get(hi);
          boolean nameAfter = hit.start() >= q.end();
          int distance = nameAfter ? hit.start() - q.end() : q.start() - hit.end();
          if (distance < 0 || distance > NAME_REACH) {
            continue;
          }
          int from = nameAfter ? q.start() : hit.start();
          int to = nameAfter ? hit.start() : q.start();
          if (clause[from] != clause[to]) {
            continue;
          }
          if (firstFit(q, hit.issue(), hit.complement(), true).isPresent()) {
            pairs.add(new Pair(qi, hi, distance, nameAfter));
          }
        }
      }
      pairs.sort(
          Comparator.comparingInt(Pair::distance)
              .thenComparing(p -> !p.nameAfter())
              .thenComparingInt(Pair::quantity));
      return pairs;
    }

    private Claim byPlausibility(Quantity q, Set<String> namedRoles) {
      if (q.spelled() && q.measure() == Quantity.Measure.BARE && q.value() < 10) {
        return null; // "one", "two" alone are too common to mean a figure
      }
      for (Reading reading : q.readings(false)) {
        List<Claim> fits = new ArrayList<>();
        for (int issue = 0; issue < issues.size(); issue++) {
          if (namedRoles.contains(role(q, issue))) {
            continue; // "salary 85k and 20k": the 20k is not the salary
          }
          OptionalDouble value = fit(q, reading, issue, false, false);
          if (value.isPresent()) {
            boolean guessed =
                q.measure() == Quantity.Measure.BARE
                    && !q.isRelative()
                    && !onTable.values().containsKey(issues.get(issue).key());
            fits.add(new Claim(q, issue, value.getAsDouble(), false, guessed));
          }
        }
        if (fits.size() == 1 || (fits.size() > 1 && q.isRelative())) {
          return fits.get(0);
        }
        if (fits.size() > 1) {
          return null;
        }
      }
      return null;
    }

    private OptionalDouble firstFit(Quantity q, int issue, boolean complement, boolean namedHere) {
      for (Reading reading : q.readings(namedHere)) {
        OptionalDouble value = fit(q, reading, issue, complement, namedHere);
        if (value.isPresent()) {
          return value;
        }
      }
      return OptionalDouble.empty();
    }

    /** The value {@code reading} gives {@code issue}, if the unit matches and it is in range. */
    private OptionalDouble fit(
        Quantity q, Reading reading, int issueIndex, boolean complement, boolean namedHere) {
      IssueVocabulary issue = issues.get(issueIndex);
      if (reading.unit() != null && reading.unit() != issue.unit()) {
        return OptionalDouble.empty();
      }
      double raw = thousandsMeant(q, reading, issue, namedHere, onTable);
      boolean money =
          issue.unit() == Unit.MONEY
              || issue.unit() == Unit.MONEY_PER_HOUR
              || issue.unit() == Unit.MONEY_PER_DAY;
      boolean plainAmount =
          q.measure() == Quantity.Measure.BARE || q.measure() == Quantity.Measure.MONEY;
      if (!namedHere && money && plainAmount && raw < issue.max() / 100) {
        return OptionalDouble.empty();
      }
      double value;
      if (q.measure() == Quantity.Measure.FACTOR) {
        Double base = onTable.values().get(issue.key());
        if (base == null) {
          return OptionalDouble.empty();
        }
        // "double the office days" doubles the complement: remote days = min + max - office days
        double span = issue.min() + issue.max();
        double scaled = (complement ? span - base : base) * raw;
        value = complement ? span - scaled : scaled;
      } else if (q.isRelative()) {
        Double base = onTable.values().get(issue.key());
        if (base == null && issue.min() == 0 && q.relative() > 0 && !money) {
          base = 0.0; // "add two services" to a table without any: none is the starting point
        }
        if (base == null) {
          return OptionalDouble.empty();
        }
        double delta = reading.unit() == null ? base * raw / 100 : raw;
        delta *= q.relative();
        value = base + (complement ? -delta : delta);
      } else {
        value = complement ? issue.min() + issue.max() - raw : raw;
      }
      value = Math.round(value * 100) / 100.0;
      return issue.contains(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }
  }
}
