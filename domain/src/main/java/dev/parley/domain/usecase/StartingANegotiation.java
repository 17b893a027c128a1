package dev.parley.domain.usecase;

import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Result;
import dev.parley.domain.scenario.Scenario;
import java.util.Optional;
import java.util.UUID;

/** Starting a negotiation: a user picks a scenario and a persona; the negotiation starts active. */
public final class StartingANegotiation {

  private final Ports ports;

  public StartingANegotiation(Ports ports) {
    this.ports = ports;
  }

  public Result<Negotiation> start(UUID userId, String scenarioId, String personaId) {
    Optional<Scenario> scenario =
        scenarioId == null ? Optional.empty() : ports.scenarios().find(scenarioId);
    if (scenario.isEmpty()) {
      return Result.refused(ErrorCode.INVALID_PAYLOAD, "Unknown scenario: " + scenarioId);
    }
    if (personaId == null || ports.personas().find(personaId).isEmpty()) {
      return Result.refused(ErrorCode.INVALID_PAYLOAD, "Unknown persona: " + personaId);
    }
    Negotiation negotiation =
        Negotiation.start(
            ports.ids().next(), userId, scenario.get(), personaId, ports.clock().instant());
    ports.negotiations().create(negotiation);
    return Result.ok(negotiation);
  }
}
