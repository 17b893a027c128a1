package dev.parley.selfplay;

import java.util.List;

/**
 * One self-played session, as measured.
 *
 * @param ending "deal by learner", "deal by persona", "learner walked away", "persona walked away"
 *     or "expired"
 * @param learnerUtility the learner's utility of the deal, or of its own walk-away package (every
 *     issue at its reservation value) when there was none
 * @param beyondReservation a deal outside either side's reservation values
 * @param leaks persona replies the leak guard flags
 * @param repeatedSentences persona sentences said before in the same session
 * @param transcript the session's messages, the learner's with what they meant and were read as
 * @param remarks the debrief's annotations, as "category:verdict" ("concessions:to_improve")
 * @param asked whether any of the learner's messages asked a question
 */
record Session(
    Style style,
    String persona,
    String scenario,
    int index,
    long seed,
    String ending,
    boolean deal,
    int rounds,
    int claiming,
    int creating,
    int relationship,
    int overall,
    double learnerUtility,
    boolean beyondReservation,
    int leaks,
    int personaSentences,
    int repeatedSentences,
    int learnerMessages,
    int misreads,
    List<String> notes,
    List<String> transcript,
    java.util.Set<String> remarks,
    boolean asked) {

  boolean remarked(String category, String verdict) {
    return remarks.contains(category + ":" + verdict);
  }
}
