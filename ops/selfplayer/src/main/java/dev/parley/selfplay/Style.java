package dev.parley.selfplay;

import dev.parley.domain.scenario.Scenario;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/** The ways of negotiating self-play scripts, each a {@link Learner} that types its messages. */
enum Style {
  ANCHORS_HIGH("anchors-high", AnchorsHigh::new),
  CONCEDES_FAST("concedes-fast", ConcedesFast::new),
  LOGROLLS("logrolls", Logrolls::new),
  ASKS_ONLY("asks-only", AsksOnly::new),
  HOSTILE("hostile", Hostile::new),
  ACCEPTS_FIRST_OFFER("accepts-first-offer", AcceptsFirstOffer::new),
  WALKS_AWAY("walks-away", WalksAway::new);

  private final String label;
  private final BiFunction<Scenario, SplittableRandom, Learner> script;

  Style(String label, BiFunction<Scenario, SplittableRandom, Learner> script) {
    this.label = label;
    this.script = script;
  }

  String label() {
    return label;
  }

  /** A fresh learner of this style for one session, its wording drawn from {@code random}. */
  Learner learner(Scenario scenario, SplittableRandom random) {
    return script.apply(scenario, random);
  }
}
