package dev.parley.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides what a message does from its phrases and from what the figures in it turned out to be.
 * Phrase rules run on contraction-expanded words ("can't" is "cannot", "I'm" is "i am").
 */
final class IntentClassifier {

  /**
   * What the figures of the message amount to.
   *
   * @param proposesAny the message names values, new or already on the table
   * @param proposesNew some named value differs from the table
   */
  record Figures(
      boolean proposesAny, boolean proposesNew, boolean hasBounds, boolean hasRejected) {}

  private static final Phrases WALK_AWAY =
      Phrases.of(
          "walk away",
          "walking away",
          "walk out",
          "walking out",
          "i am out",
          "i am done",
          "we are done",
          "i am leaving",
          "i will leave",
          "i give up",
          "i quit",
          "forget it",
          "not interested",
          "no longer interested",
          "goodbye",
          "bye",
          "end the negotiation",
          "end this negotiation",
          "stop negotiating",
          "i will pass",
          "i withdraw",
          "take the other offer",
          "taking the other offer",
          "accept the other offer",
          "accepting the other offer",
          "go with the other offer",
          "going with the other offer",
          "take another offer",
          "accept another offer",
          "take the competing offer",
          "accept the competing offer",
          "go with another company",
          "going with another company",
          "go elsewhere");
  private static final Phrases ACCEPT =
      Phrases.of(
          "i accept",
          "we accept",
          "i will accept",
          "i can accept",
          "i am happy to accept",
          "happy to accept",
          "accepted",
          "i agree",
          "we agree",
          "agreed",
          "sounds good",
          "sounds great",
          "sounds fair",
          "sounds perfect",
          "that works",
          "this works",
          "works for me",
          "let us do it",
          "let us do this",
          "let us go with that",
          "it is a deal",
          "that is a deal",
          "you have a deal",
          "you have got a deal",
          "you got a deal",
          "we have a deal",
          "done deal",
          "deal done",
          "i will take it",
          "i will take that",
          "i will take this",
          "i will take the offer",
          "i take it",
          "count me in",
          "let us sign",
          "where do i sign",
          "i will sign",
          "fine by me",
          "fine with me",
          "ok with me",
          "okay with me",
          "i am fine with that",
          "that is fine",
          "that is acceptable",
          "it is a yes",
          "you win",
          "can live with that",
          "can live with this",
          "can live with it",
          "i am in");
  private static final Phrases REJECT =
      Phrases.of(
          "no way",
          "no thanks",
          "no thank you",
          "i reject",
          "we reject",
          "i decline",
          "cannot accept",
          "not accept",
          "cannot agree",
          "not agree",
          "disagree",
          "too low",
          "too high",
          "too little",
          "too much",
          "too few",
          "too late",
          "too expensive",
          "too pricey",
          "too steep",
          "too cheap",
          "too long",
          "too short",
          "not enough",
          "unacceptable",
          "not acceptable",
          "not work",
          "not going to work",
          "that is a no",
          "nope",
          "not happening",
          "no deal",
          "out of the question",
          "insulting",
          "lowball",
          "ridiculous",
          "cannot do that",
          "cannot do it",
          "cannot do this",
          "not good enough",
          "i refuse",
          "decline",
          "pass on this",
          "pass on that",
          "absolutely not",
          "definitely not",
          "not possible",
          "not going to happen");
  private static final Phrases PUSH =
      Phrases.of(
          "higher",
          "do better",
          "a bit more",
          "a little more",
          "go up",
          "bump it up",
          "sweeten",
          "need more",
          "want more",
          "more money",
          "improve the offer",
          "improve on that",
          "come up",
          "come down",
          "lower");
  private static final Set<String> AFFIRMATIONS =
      Set.of(
          "yes",
          "yeah",
          "yep",
          "yup",
          "ok",
          "okay",
          "sure",
          "fine",
          "alright",
          "deal",
          "done",
          "agreed",
          "great",
          "perfect",
          "sold",
          "accepted",
          "absolutely",
          "definitely",
          "confirm",
          "confirmed");
  private static final Set<String> STRONG_AGREEMENTS =
      Set.of("deal", "agreed", "accepted", "sold", "done");
  private static final Set<String> AFFIRMATION_FILLERS =
      Set.of(
          "then",
          "thanks",
          "thank",
          "you",
          "very",
          "much",
          "it",
          "is",
          "a",
          "that",
          "good",
          "cool",
          "awesome",
          "excellent",
          "lovely",
          "wonderful",
          "certainly",
          "oh",
          "well",
          "so",
          "let",
          "us",
          "do",
          "go",
          "works",
          "sounds",
          "!",
          ".",
          ",");
  private static final Set<String> QUESTION_WORDS =
      Set.of("what", "how", "why", "when", "where", "which", "who", "whom", "whose");
  private static final Set<String> QUESTION_STARTS =
      Set.of(
          "can you",
          "could you",
          "would you",
          "will you",
          "can we",
          "could we",
          "would it",
          "is it",
          "is there",
          "are there",
          "are you",
          "do you",
          "does it",
          "does that",
          "did you",
          "have you",
          "any chance",
          "is that",
          "would that",
          "could that",
          "can i",
          "could i",
          "may i",
          "should we",
          "shall we",
          "is this",
          "would this",
          "any room",
          "any flexibility");
  private static final Set<String> LEAD_INS =
      Set.of(",", "so", "and", "well", "ok", "okay", "then", "but", "hmm", "hi");
  private static final Set<String> NOT_A_REFUSAL_AFTER_NO =
      Set.of("more", "less", "problem", "problems", "worries", "doubt", "rush", "fewer");
  private static final Set<String> CONDITIONALS_AFTER =
      Set.of("if", "unless", "for", "when", "otherwise", "below", "under");
  private static final Set<String> HEDGED_MODALS = Set.of("would", "might", "could", "may");
  private static final Set<String> NEGATIONS = Set.of("not", "never", "cannot", "no");

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
      return true;
    }
    return content.size() >= 2 && QUESTION_STARTS.contains(content.get(0) + " " + content.get(1));
  }

  static Intent classify(List<String> words, boolean question, Figures figures) {
    if (walksAway(words)) {
      return Intent.WALK_AWAY;
    }
    boolean rejects =
        containsAny(words, REJECT) || startsWithNo(words) || containsNegated(words, ACCEPT);
    boolean accepts =
        !rejects
            && (containsUnnegated(words, ACCEPT)
                || onlyAffirms(words)
                || hasAgreeingSentence(words));
    if (accepts && !question && !figures.proposesNew() && !figures.hasBounds()) {
      return Intent.ACCEPT;
    }
    if (figures.proposesAny() || figures.hasBounds()) {
      return Intent.PROPOSE; // restating a value on the table without accepting also proposes it
    }
    if (rejects || figures.hasRejected()) {
      return Intent.REJECT;
    }
    if (containsAny(words, PUSH)) {
      return question ? Intent.QUESTION : Intent.REJECT;
    }
    return question ? Intent.QUESTION : Intent.OTHER;
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
      int length = WALK_AWAY.matchAt(words, i);
      if (length == 0 || negatedBefore(words, i)) {
        continue;
      }
      String next = i + length < words.size() ? words.get(i + length) : "";
      boolean conditional =
          CONDITIONALS_AFTER.contains(next)
              || (i > 0 && HEDGED_MODALS.contains(words.get(i - 1)))
              || (i > 1 && HEDGED_MODALS.contains(words.get(i - 2)));
      if (!conditional) {
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

  /** "I don't think that works", "I can't agree": an acceptance turned around is a refusal. */
  private static boolean containsNegated(List<String> words, Phrases phrases) {
    for (int i = 0; i < words.size(); i++) {
      if (phrases.matchAt(words, i) > 0 && negatedBefore(words, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAny(List<String> words, Phrases phrases) {
    for (int i = 0; i < words.size(); i++) {
      if (phrases.matchAt(words, i) > 0) {
        return true;
      }
    }
    return false;
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
    for (int i = Math.max(0, at - 3); i < at; i++) {
      if (NEGATIONS.contains(words.get(i))) {
        return true;
      }
    }
    return false;
  }
}
