package dev.parley.domain.usecase;

import dev.parley.domain.negotiation.Negotiation;
import dev.parley.domain.port.RateLimiter;
import dev.parley.domain.result.ErrorCode;
import dev.parley.domain.result.Rejection;
import dev.parley.domain.result.Result;
import dev.parley.domain.scenario.Scenario;
import java.util.Optional;
import java.util.UUID;

/**
 * Starting a negotiation: a user picks a scenario and a persona; the negotiation starts active,
 * within the user's {@link NegotiationQuotas}.
 */
public final class StartingANegotiation {

  private final Ports ports;
  private final NegotiationQuotas quotas;

  public StartingANegotiation(Ports ports, NegotiationQuotas quotas) {
    this.ports = ports;
    this.quotas = quotas;
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
    if (ports.negotiations().countOpenByOwner(userId) >= quotas.openPerUser()) {
      return Result.refused(
          ErrorCode.TOO_MANY_OPEN_NEGOTIATIONS,
          "You have "
              + quotas.openPerUser()
              + " negotiations in progress; finish or walk away from one before starting another");
    }
    if (ports
            .rateLimiter()
            .tryAcquire(
                "negotiation-starts:" + userId,
                quotas.startsPerHour(),
                NegotiationQuotas.START_WINDOW)
        instanceof RateLimiter.Decision.Limited limited) {
      return Result.refused(Rejection.rateLimited(limited.retryAfter()));
    }
    Negotiation negotiation =
        Negotiation.start(
            ports.ids().next(), userId, scenario.get(), personaId, ports.clock().instant());
    ports.negotiations().create(negotiation);
    return Result.ok(negotiation);
  }
}
