package dev.parley.domain.negotiation;

/**
 * The person's score, each dimension 0..100, with {@code overall = round(0.4*claiming +
 * 0.3*creating + 0.3*relationships)}.
 */
public record FinalScore(
    int claimingValue, int creatingValue, int managingRelationships, int overall) {

  public FinalScore {
    for (int score : new int[] {claimingValue, creatingValue, managingRelationships, overall}) {
      if (score < 0 || score > 100) {
        throw new IllegalArgumentException("scores are within 0..100, got " + score);
      }
    }
    if (overall != overallOf(claimingValue, creatingValue, managingRelationships)) {
      throw new IllegalArgumentException("overall does not follow from the three dimensions");
    }
  }

  public static FinalScore of(int claimingValue, int creatingValue, int managingRelationships) {
    return new FinalScore(
        claimingValue,
        creatingValue,
        managingRelationships,
        overallOf(claimingValue, creatingValue, managingRelationships));
  }

  public static int overallOf(int claimingValue, int creatingValue, int managingRelationships) {
    // Integer arithmetic in tenths keeps the .5 cases exact (0.4*85 + ... in doubles may round
    // down).
    int tenths = 4 * claimingValue + 3 * creatingValue + 3 * managingRelationships;
    return (tenths + 5) / 10;
  }
}
