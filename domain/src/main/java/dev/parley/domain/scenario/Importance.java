package dev.parley.domain.scenario;

/**
 * How much an issue matters to one side, in words for the person's brief: the share of the side's
 * total weight put into four bands, so a brief never shows raw weights.
 */
public enum Importance {
  MOST("matters most to you"),
  A_LOT("matters a lot to you"),
  SOME("matters somewhat to you"),
  LITTLE("matters little to you");

  private final String words;

  Importance(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }

  /** The band of an issue whose weight is {@code share} of the total (0..1). */
  public static Importance ofShare(double share) {
    if (share >= 0.35) {
      return MOST;
    }
    if (share >= 0.15) {
      return A_LOT;
    }
    if (share >= 0.08) {
      return SOME;
    }
    return LITTLE;
  }
}
