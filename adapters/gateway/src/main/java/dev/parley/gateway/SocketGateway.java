package dev.parley.gateway;

import dev.parley.domain.account.IdentifyingACaller;
import dev.parley.domain.port.AuditTrail;
import dev.parley.domain.port.Leases;
import dev.parley.domain.port.RateLimiter;
import dev.parley.domain.port.RoomPresence;
import dev.parley.domain.usecase.UseCases;
import java.time.Clock;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;

/**
 * The seed's Socket.IO event contract on one namespace: the handshake middleware ({@code
 * auth.token}), the client events mapped onto the use cases, and the scheduled expiry and
 * empty-room pausing. The use cases must have been wired with {@code rooms} as their room ports.
 *
 * <pre>{@code
 * NegotiationRooms rooms = new NegotiationRooms(io.of("/"));
 * UseCases useCases = UseCases.wire(new Ports(..., rooms, rooms, ...), settings, reading);
 * SocketGateway gateway = SocketGateway.install(rooms, new SocketGateway.Services(useCases,
 *     identifying, rateLimiter, floodGuard, presence, leases, audit, clock),
 *     GatewaySettings.defaults());
 * }</pre>
 */
public final class SocketGateway implements AutoCloseable {

  /**
   * What the gateway drives and records to.
   *
   * @param rateLimiter the cluster-wide limiter: handshakes per IP
   * @param floodGuard this node's limiter for events per IP; every event passes it, so it stays off
   *     the network (one client's events all reach one node anyway)
   * @param presence who is in which negotiation's room, cluster-wide
   * @param leases so that one node runs each AI turn, expiry sweep and pause
   */
  public record Services(
      UseCases useCases,
      IdentifyingACaller identifying,
      RateLimiter rateLimiter,
      RateLimiter floodGuard,
      RoomPresence presence,
      Leases leases,
      AuditTrail audit,
      Clock clock) {
    public Services {
      Objects.requireNonNull(useCases, "useCases");
      Objects.requireNonNull(identifying, "identifying");
      Objects.requireNonNull(rateLimiter, "rateLimiter");
      Objects.requireNonNull(floodGuard, "floodGuard");
      Objects.requireNonNull(presence, "presence");
      Objects.requireNonNull(leases, "leases");
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
    AiTurns aiTurns =
        new AiTurns(useCases.producingTheAiTurn(), rooms, services.leases(), services.clock());
    Housekeeping housekeeping =
        new Housekeeping(
            useCases.expiring(),
            useCases.pausing(),
            services.presence(),
            services.leases(),
            settings);
    ContractEvents events =
        new ContractEvents(
            useCases,
            services.presence(),
            aiTurns,
            housekeeping,
            services.floodGuard(),
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

  /**
   * Rooms whose participants were on a node that died: each pauses later unless someone is back by
   * then, as if its participants had left.
   */
  public void roomsVacated(Collection<UUID> negotiationIds) {
    negotiationIds.forEach(housekeeping::roomMayBeEmpty);
  }

  /** Stops the scheduled work and lets the running AI turns finish. */
  @Override
  public void close() {
    housekeeping.close();
    aiTurns.close();
  }
}
