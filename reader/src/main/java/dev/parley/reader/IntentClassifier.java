package dev.parley.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides what a message does from its phrases and from what the figures in it turned out to be.
 * Phrase rules run on contraction-expanded words ("can't" is "cannot", "I'm" is "i am").
 */
final class IntentClassifier {
  private static final Lexicon WORDS = Lexicon.standard();

  /**
   * What the figures of the message amount to.
   *
   * @param proposesAny the message names values, new or already on the table
   * @param proposesNew some named value differs from the table
   */
  record Figures(
      boolean proposesAny, boolean proposesNew, boolean hasBounds, boolean hasRejected) {}

  private static final Phrases WALK_AWAY = WORDS.phrases("walk_away");
  private static final Phrases ACCEPT = WORDS.phrases("accept");
  private static final Phrases REJECT = WORDS.phrases("reject");
  private static final Phrases PUSH = WORDS.phrases("push");
  private static final Set<String> AFFIRMATIONS = WORDS.words("affirmations");
  private static final Set<String> STRONG_AGREEMENTS = WORDS.words("strong_agreements");
  private static final Set<String> AFFIRMATION_FILLERS = WORDS.words("affirmation_fillers");
  private static final Set<String> QUESTION_WORDS = WORDS.words("question_words");
  private static final Set<String> QUESTION_STARTS = WORDS.words("question_starts");
  private static final Set<String> LEAD_INS = WORDS.words("lead_ins");
  private static final Set<String> NOT_A_REFUSAL_AFTER_NO = WORDS.words("not_a_refusal_after_no");
  private static final Set<String> CONDITIONALS_AFTER = WORDS.words("conditionals_after");
  private static final Set<String> HEDGED_MODALS = WORDS.words("hedged_modals");
  private static final Set<String> NEGATIONS = WORDS.words("negations");
  private static final Phrases WALK_AWAY_HEDGES = WORDS.phrases("walk_away_hedges");
  private static final Phrases ACCEPTANCE_HEDGES = WORDS.phrases("acceptance_hedges");
  private static final Phrases SMALL_TALK = WORDS.phrases("small_talk");
  private static final Phrases INSULTS = WORDS.phrases("insults");
  private static final Phrases HYPOTHETICALS = WORDS.phrases("hypotheticals");
  private static final Set<String> CONTRASTS = WORDS.words("contrasts");
  private static final Phrases COMPLAINTS = WORDS.phrases("complaints");
  private static final Phrases RESERVATIONS = WORDS.phrases("reservations");
  private static final Set<String> WHOLE_DEAL = WORDS.words("whole_deal");
  private static final Set<String> DETERMINERS = Set.of("this", "that", "the", "your", "whole");
  private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", ";");
  private static final Set<String> CLAUSE_ENDS = Set.of(".", "!", "?", ";", ",");

  private IntentClassifier() {}

  static boolean isQuestion(List<String> words) {
    if (words.contains("?")) {
      return true;
    }
    List<String> content = new ArrayList<>();
    for (String w : words) {
      if (!LEAD_INS.contains(w) || !content.isEmpty()) {
        content.add(w);
      }
    }
    if (content.isEmpty()) {
      return false;
    }
    if (QUESTION_WORDS.contains(content.get(0))) {
      // "what a rip-off" exclaims
      return !(content.size() > 1 && (content.get(1).equals("a") || content.get(1).equals("an")));
    }
    return content.size() >= 2 && QUESTION_STARTS.contains(content.get(0) + " " + content.get(1));
  }

  /**
   * @param termWords positions in {@code words} of the words that name an issue or state a figure
   */
  static Intent classify(
      List<String> words, boolean question, Figures figures, Set<Integer> termWords) {
    if (walksAway(words)) {
      return Intent.WALK_AWAY;
    }
    boolean[] supposed = hypothetical(words);
    boolean rejects =
        containsAny(words, REJECT, supposed)
            || startsWithNo(words)
            || containsNegated(words, ACCEPT, supposed);
    boolean agrees =
        !rejects
            && (containsUnnegated(words, ACCEPT)
                || hasAgreeingSentence(words)
                || opensWithAgreement(words));
    boolean accepts = agrees || (!rejects && onlyAffirms(words));
    boolean hedged = hedges(words, termWords);
    boolean figuresMove = figures.proposesNew() || figures.hasBounds();
    if (accepts && !hedged && !figuresMove && (!question || opensWithAgreement(words))) {
      return Intent.ACCEPT;
    }
    if (figuresMove) {
      return Intent.PROPOSE;
    }
    if ((accepts || leansToYes(words)) && hedged) {
      // "sounds good, but let me think": answered, never taken as a yes; asked when it asks
      return question ? Intent.QUESTION : Intent.OTHER;
    }
    if (threatensToLeave(words)) {
      return Intent.OTHER; // "one more lowball like that and we're done": a threat, answered
    }
    if (insults(words)) {
      // "that's an insulting number. cheapskates": rudeness is answered calmly; it is never read
      // as a refusal, which a persona would answer with a concession
      return Intent.OTHER;
    }
    if (rejects || figures.hasRejected()) {
      return Intent.REJECT;
    }
    if (containsAny(words, PUSH)) {
      return question ? Intent.QUESTION : Intent.REJECT;
    }
    if (containsAny(words, SMALL_TALK)) {
      return Intent.OTHER; // "how was your weekend?" is not a question about the deal
    }
    return question ? Intent.QUESTION : Intent.OTHER;
  }

  /**
   * A hedge that makes a yes a maybe. A contrast ("but", "though") whose words only complain about
   * the other side ("I accept, but you were useless", "fine, deal. you really dragged this out
   * though") hedges nothing: it names no term and no figure, states no condition, need or question,
   * and turns nothing down, so the yes stands.
   */
  private static boolean hedges(List<String> words, Set<Integer> termWords) {
    for (int i = 0; i < words.size(); i++) {
      if (ACCEPTANCE_HEDGES.matchAt(words, i) == 0) {
        continue;
      }
      if (!CONTRASTS.contains(words.get(i)) || !onlyComplains(words, i, termWords)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words the contrast at {@code at} brings in, to the end of its sentence ("..., but you were
   * useless."), or from the sentence's start when it closes it ("you took forever though."), say
   * something about the other side and nothing about the deal.
   */
  private static boolean onlyComplains(List<String> words, int at, Set<Integer> termWords) {
    int start = at + 1;
    int end = start;
    while (end < words.size() && !SENTENCE_ENDS.contains(words.get(end))) {
      end++;
    }
    if (end == start) {
      end = at;
      start = at;
      while (start > 0 && !SENTENCE_ENDS.contains(words.get(start - 1))) {
        start--;
      }
    }
    if (end < words.size() && words.get(end).equals("?")) {
      return false; // "fine, but you were going to look at the rate again, right?"
    }
    boolean complains = false;
    for (int i = start; i < end; i++) {
      if (termWords.contains(i)
          || NEGATIONS.contains(words.get(i))
          || (i != at && ACCEPTANCE_HEDGES.matchAt(words, i) > 0)
          || RESERVATIONS.matchAt(words, i) > 0
          || REJECT.matchAt(words, i) > 0
          || PUSH.matchAt(words, i) > 0) {
        return false; // "but you were supposed to include a deposit", "but you need to..."
      }
      complains |= COMPLAINTS.matchAt(words, i) > 0;
    }
    return complains;
  }

  /** An insult, its last word also in the plural: "cheapskate", "you cheapskates". */
  private static boolean insults(List<String> words) {
    List<String> singular = new ArrayList<>(words.size());
    for (String w : words) {
      singular.add(w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
    }
    return containsAny(words, INSULTS) || containsAny(singular, INSULTS);
  }

  private static boolean leansToYes(List<String> words) {
    for (String w : words) {
      if (AFFIRMATIONS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** "Deal, when can I pick it up?": a yes first, then a question about what follows from it. */
  private static boolean opensWithAgreement(List<String> words) {
    boolean strong = false;
    for (String w : words) {
      if (CLAUSE_ENDS.contains(w)) {
        return strong && !w.equals("?");
      }
      if (STRONG_AGREEMENTS.contains(w)) {
        strong = true;
      } else if (!AFFIRMATIONS.contains(w) && !AFFIRMATION_FILLERS.contains(w)) {
        return false;
      }
    }
    return false;
  }

  private static boolean startsWithNo(List<String> words) {
    if (words.isEmpty() || !(words.get(0).equals("no") || words.get(0).equals("nah"))) {
      return false;
    }
    String next = words.size() > 1 ? words.get(1) : "";
    return !NOT_A_REFUSAL_AFTER_NO.contains(next);
  }

  private static boolean onlyAffirms(List<String> words) {
    boolean affirmed = false;
    for (String w : words) {
      if (AFFIRMATIONS.contains(w)) {
        affirmed = true;
      } else if (!AFFIRMATION_FILLERS.contains(w)) {
        return false;
      }
    }
    return affirmed;
  }

  /**
   * A walk-away neither negated ("I'm not walking away") nor conditional ("I would walk away for
   * less than 80k", "I'll walk away if..."), which is a threat stating a floor, not an exit.
   */
  private static boolean walksAway(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      if (passesOnTheWholeDeal(words, i) && !negatedBefore(words, i)) {
        return true;
      }
      int length = WALK_AWAY.matchAt(words, i);
      if (length == 0 || negatedBefore(words, i)) {
        continue;
      }
      String next = i + length < words.size() ? words.get(i + length) : "";
      boolean conditional =
          CONDITIONALS_AFTER.contains(next)
              || (i > 0 && HEDGED_MODALS.contains(words.get(i - 1)))
              || (i > 1 && HEDGED_MODALS.contains(words.get(i - 2)))
              || sentenceHedgesTheExit(words, i);
      if (!conditional) {
        return true;
      }
    }
    return false;
  }

  private static boolean threatensToLeave(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      int length = WALK_AWAY.matchAt(words, i);
      if (length > 0 && !negatedBefore(words, i) && !passesOnAnOffer(words, i + length)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "I'm going to pass on this project": not the offer but the whole negotiation is turned down.
   */
  private static boolean passesOnTheWholeDeal(List<String> words, int at) {
    if (!words.get(at).equals("pass")
        || at + 1 >= words.size()
        || !words.get(at + 1).equals("on")) {
      return false;
    }
    int i = at + 2;
    while (i < words.size() && DETERMINERS.contains(words.get(i))) {
      i++;
    }
    return i < words.size() && WHOLE_DEAL.contains(words.get(i));
  }

  /** "I'll pass on that" turns down what is on the table; "I'll pass" alone leaves. */
  private static boolean passesOnAnOffer(List<String> words, int afterExit) {
    return words.get(afterExit - 1).equals("pass")
        && afterExit < words.size()
        && words.get(afterExit).equals("on");
  }

  /**
   * "If nothing changes, I'll take the other offer", "85k or I walk", "I'm close to walking away":
   * a condition, an alternative or a hedge anywhere in the exit's sentence makes it a threat.
   */
  private static boolean sentenceHedgesTheExit(List<String> words, int at) {
    int start = at;
    while (start > 0 && !SENTENCE_ENDS.contains(words.get(start - 1))) {
      start--;
    }
    int end = at;
    while (end < words.size() && !SENTENCE_ENDS.contains(words.get(end))) {
      end++;
    }
    for (int i = start; i < end; i++) {
      String w = words.get(i);
      if (w.equals("if") || w.equals("unless") || (w.equals("or") && i < at)) {
        return true;
      }
      if (WALK_AWAY_HEDGES.matchAt(words, i) > 0) {
        return true;
      }
    }
    return false;
  }

  /** "Alright, you win. Deal.": a sentence of its own that only says deal, agreed or done. */
  private static boolean hasAgreeingSentence(List<String> words) {
    boolean strong = false;
    boolean onlyAgreement = true;
    for (String w : words) {
      if (w.equals(".") || w.equals("!")) {
        if (strong && onlyAgreement) {
          return true;
        }
        strong = false;
        onlyAgreement = true;
      } else if (STRONG_AGREEMENTS.contains(w)) {
        strong = true;
      } else if (!AFFIRMATIONS.contains(w) && !AFFIRMATION_FILLERS.contains(w)) {
        onlyAgreement = false;
      }
    }
    return strong && onlyAgreement;
  }

  /**
   * "I don't think that works", "I can't agree": an acceptance turned around is a refusal, unless
   * it is only supposed ("what happens if we don't agree today?").
   */
  private static boolean containsNegated(List<String> words, Phrases phrases, boolean[] supposed) {
    for (int i = 0; i < words.size(); i++) {
      if (!supposed[i] && phrases.matchAt(words, i) > 0 && negatedBefore(words, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAny(List<String> words, Phrases phrases) {
    return containsAny(words, phrases, new boolean[words.size()]);
  }

  /** A phrase that starts outside the words marked {@code skipped}. */
  private static boolean containsAny(List<String> words, Phrases phrases, boolean[] skipped) {
    for (int i = 0; i < words.size(); i++) {
      if (!skipped[i] && phrases.matchAt(words, i) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words of a clause that only supposes ("if we don't agree", "unless I say no", "suppose I
   * refuse"), from its opening word to the end of the clause or a "then": a refusal there is a case
   * talked about, not a refusal made.
   */
  private static boolean[] hypothetical(List<String> words) {
    boolean[] supposed = new boolean[words.size()];
    boolean inside = false;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (CLAUSE_ENDS.contains(w) || w.equals("then")) {
        inside = false;
      } else if (HYPOTHETICALS.matchAt(words, i) > 0) {
        inside = true;
      }
      supposed[i] = inside;
    }
    return supposed;
  }

  /** A phrase that no negation in the three words before it turns around. */
  private static boolean containsUnnegated(List<String> words, Phrases phrases) {
    for (int i = 0; i < words.size(); i++) {
      if (phrases.matchAt(words, i) > 0 && !negatedBefore(words, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean negatedBefore(List<String> words, int at) {
    for (int i = at - 1; i >= Math.max(0, at - 3); i--) {
      if (CLAUSE_ENDS.contains(words.get(i))) {
        return false; // "No deal. I'm leaving now.": the no belongs to the sentence before
      }
      if (NEGATIONS.contains(words.get(i))) {
        return true;
      }
    }
    return false;
  }
}
