package dev.parley.domain.usecase;

import dev.parley.domain.debrief.Annotation;
import dev.parley.domain.debrief.Debrief;
import dev.parley.domain.debrief.Progress;
import dev.parley.domain.negotiation.FinalScore;
import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.scoring.Scoring;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The caller's progress over their finished negotiations ({@link Progress}). */
public final class ReadingTheProgress {

  private final NegotiationLedger ledger;

  public ReadingTheProgress(Ports ports, Scoring scoring) {
    this.ledger = new NegotiationLedger(ports, scoring);
  }

  public Progress of(Caller caller) {
    List<Negotiation> finished =
        ledger.ports().negotiations().listByOwner(caller.userId()).stream()
            .filter(negotiation -> negotiation.status().isFinal())
            .filter(negotiation -> negotiation.finalScore().isPresent())
            .sorted(Comparator.comparing(Negotiation::updatedAt))
            .toList();
    List<Progress.Session> sessions = new ArrayList<>();
    Map<String, List<FinalScore>> byScenario = new LinkedHashMap<>();
    Map<Annotation.Category, Integer> trips = new EnumMap<>(Annotation.Category.class);
    for (Negotiation negotiation : finished) {
      FinalScore score = negotiation.finalScore().orElseThrow();
      Optional<Debrief> debrief =
          ledger.ports().debriefs().find(negotiation.id()).or(() -> ledger.debriefOf(negotiation));
      sessions.add(
          new Progress.Session(
              negotiation.id().toString(),
              negotiation.scenarioId(),
              negotiation.personaId(),
              debrief
                  .map(Debrief::ending)
                  .orElse(dev.parley.domain.debrief.Ending.ENDED_WITHOUT_DEAL),
              negotiation.updatedAt(),
              score.claimingValue(),
              score.creatingValue(),
              score.managingRelationships(),
              score.overall()));
      byScenario.computeIfAbsent(negotiation.scenarioId(), id -> new ArrayList<>()).add(score);
      debrief.ifPresent(
          written ->
              written.toImprove().stream()
                  .map(Annotation::category)
                  .distinct()
                  .forEach(category -> trips.merge(category, 1, Integer::sum)));
    }
    List<Progress.ScenarioMeans> means = new ArrayList<>();
    byScenario.forEach(
        (scenario, scores) ->
            means.add(
                new Progress.ScenarioMeans(
                    scenario,
                    scores.size(),
                    mean(scores, FinalScore::claimingValue),
                    mean(scores, FinalScore::creatingValue),
                    mean(scores, FinalScore::managingRelationships),
                    mean(scores, FinalScore::overall))));
    List<Progress.CategoryCount> tripsOn =
        trips.entrySet().stream()
            .sorted(
                Map.Entry.<Annotation.Category, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(entry -> new Progress.CategoryCount(entry.getKey(), entry.getValue()))
            .toList();
    return new Progress(sessions, means, tripsOn);
  }

  private static double mean(
      List<FinalScore> scores, java.util.function.ToIntFunction<FinalScore> dimension) {
    return scores.stream().mapToInt(dimension).average().orElse(0);
  }
}
