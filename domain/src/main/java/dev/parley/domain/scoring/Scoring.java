package dev.parley.domain.scoring;

import dev.parley.domain.negotiation.FinalScore;
import dev.parley.domain.negotiation.Message;
import dev.parley.domain.scenario.Scenario;
import dev.parley.domain.terms.Terms;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The person's final score. Pure and reproducible: the same scenario, deal and transcript always
 * give the same score. Without a deal (walk-away, expiry) no value was claimed or created: both are
 * 0, and only the relationship is scored. Frontiers are computed once per scenario and kept.
 */
public final class Scoring {

  private final Map<Scenario, ParetoFrontier> frontiers = new ConcurrentHashMap<>();
  private final Map<Scenario, ParetoFrontier> acceptableFrontiers = new ConcurrentHashMap<>();

  public FinalScore score(Scenario scenario, Optional<Terms> deal, List<Message> transcript) {
    int relationships = ManagingRelationships.of(scenario, transcript);
    if (deal.isEmpty() || !scenario.complete(deal.get())) {
      return FinalScore.of(0, 0, relationships);
    }
    return FinalScore.of(
        ClaimingValue.of(scenario, deal.get()),
        CreatingValue.of(scenario, frontierOf(scenario), deal.get()),
        relationships);
  }

  /** Replaces the dimensions given in {@code override} and recomputes {@code overall}. */
  public static FinalScore override(FinalScore score, ScoreOverride override) {
    return FinalScore.of(
        override.claimingValue().orElse(score.claimingValue()),
        override.creatingValue().orElse(score.creatingValue()),
        override.managingRelationships().orElse(score.managingRelationships()));
  }

  public ParetoFrontier frontierOf(Scenario scenario) {
    return frontiers.computeIfAbsent(scenario, ParetoFrontier::of);
  }

  /** The frontier of the packages both sides would accept, kept like {@link #frontierOf}. */
  public ParetoFrontier acceptableFrontierOf(Scenario scenario) {
    return acceptableFrontiers.computeIfAbsent(scenario, ParetoFrontier::ofAcceptable);
  }
}
