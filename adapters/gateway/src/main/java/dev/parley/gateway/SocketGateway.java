package dev.parley.gateway;

import dev.parley.domain.account.IdentifyingACaller;
import dev.parley.domain.port.AuditTrail;
import dev.parley.domain.port.RateLimiter;
import dev.parley.domain.usecase.UseCases;
import java.time.Clock;
import java.util.Objects;

/**
 * The seed's Socket.IO event contract on one namespace: the handshake middleware ({@code
 * auth.token}), the client events mapped onto the use cases, and the scheduled expiry and
 * empty-room pausing. The use cases must have been wired with {@code rooms} as their room ports.
 *
 * <pre>{@code
 * NegotiationRooms rooms = new NegotiationRooms(io.of("/"));
 * UseCases useCases = UseCases.wire(new Ports(..., rooms, rooms, ...), settings, reading);
 * SocketGateway gateway = SocketGateway.install(rooms, new SocketGateway.Services(useCases,
 *     identifying, rateLimiter, audit, clock), GatewaySettings.defaults());
 * }</pre>
 */
public final class SocketGateway implements AutoCloseable {

  /** What the gateway drives and records to. */
  public record Services(
      UseCases useCases,
      IdentifyingACaller identifying,
      RateLimiter rateLimiter,
      AuditTrail audit,
      Clock clock) {
    public Services {
      Objects.requireNonNull(useCases, "useCases");
      Objects.requireNonNull(identifying, "identifying");
      Objects.requireNonNull(rateLimiter, "rateLimiter");
      Objects.requireNonNull(audit, "audit");
      Objects.requireNonNull(clock, "clock");
    }
  }

  private final AiTurns aiTurns;
  private final Housekeeping housekeeping;

  private SocketGateway(AiTurns aiTurns, Housekeeping housekeeping) {
    this.aiTurns = aiTurns;
    this.housekeeping = housekeeping;
  }

  /** Installs the contract on the namespace of {@code rooms} and starts the scheduled work. */
  public static SocketGateway install(
      NegotiationRooms rooms, Services services, GatewaySettings settings) {
    EventAudit audit = new EventAudit(services.audit(), services.clock());
    UseCases useCases = services.useCases();
    AiTurns aiTurns = new AiTurns(useCases.producingTheAiTurn(), rooms, services.clock());
    Housekeeping housekeeping =
        new Housekeeping(useCases.expiring(), useCases.pausing(), rooms, settings);
    ContractEvents events =
        new ContractEvents(
            useCases,
            rooms,
            aiTurns,
            housekeeping,
            services.rateLimiter(),
            settings,
            audit,
            services.clock());
    rooms
        .namespace()
        .use(
            new HandshakeAuthentication(
                services.identifying(), services.rateLimiter(), settings, audit))
        .onConnection(events::attach);
    housekeeping.start();
    return new SocketGateway(aiTurns, housekeeping);
  }

  /** Stops the scheduled work and lets running AI turns finish for a moment. */
  @Override
  public void close() {
    housekeeping.close();
    aiTurns.close();
  }
}
