package dev.parley.domain.debrief;

import java.time.Instant;
import java.util.List;

/**
 * A learner's progress over their finished negotiations: the scores in the order the negotiations
 * ended, the mean scores per scenario, and the annotation categories they most often have to
 * improve on.
 */
public record Progress(
    List<Session> sessions, List<ScenarioMeans> byScenario, List<CategoryCount> tripsOn) {

  /** One finished negotiation's scores. */
  public record Session(
      String negotiationId,
      String scenarioId,
      String personaId,
      Ending ending,
      Instant endedAt,
      int claimingValue,
      int creatingValue,
      int managingRelationships,
      int overall) {}

  /** The mean scores of the learner's sessions of one scenario. */
  public record ScenarioMeans(
      String scenarioId,
      int sessions,
      double claimingValue,
      double creatingValue,
      double managingRelationships,
      double overall) {}

  /** How many of the learner's debriefs name {@code category} as something to improve. */
  public record CategoryCount(Annotation.Category category, int sessions) {}

  public Progress {
    sessions = List.copyOf(sessions);
    byScenario = List.copyOf(byScenario);
    tripsOn = List.copyOf(tripsOn);
  }
}
