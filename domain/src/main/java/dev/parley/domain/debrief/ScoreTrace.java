package dev.parley.domain.debrief;

import java.util.List;

/** One score with the turns that moved it and how, so a learner can see where it came from. */
public record ScoreTrace(String dimension, int score, List<Long> sequences, String why) {
  public ScoreTrace {
    sequences = List.copyOf(sequences);
  }
}
