package dev.parley.domain.usecase;

import dev.parley.domain.port.AuditTrail;
import dev.parley.domain.port.DebriefRepository;
import dev.parley.domain.port.IdGenerator;
import dev.parley.domain.port.MessageRepository;
import dev.parley.domain.port.NegotiationRepository;
import dev.parley.domain.port.PersonaCatalogue;
import dev.parley.domain.port.RateLimiter;
import dev.parley.domain.port.RoomEvents;
import dev.parley.domain.port.RoomPresence;
import dev.parley.domain.scenario.ScenarioCatalogue;
import java.time.Clock;
import java.util.Objects;

/** Everything the use cases need from outside the core, wired once by the composition root. */
public record Ports(
    NegotiationRepository negotiations,
    MessageRepository messages,
    AuditTrail audit,
    RateLimiter rateLimiter,
    RoomEvents room,
    RoomPresence presence,
    PersonaCatalogue personas,
    ScenarioCatalogue scenarios,
    IdGenerator ids,
    Clock clock,
    DebriefRepository debriefs) {

  /** Ports whose debriefs are produced again on every read instead of kept. */
  public Ports(
      NegotiationRepository negotiations,
      MessageRepository messages,
      AuditTrail audit,
      RateLimiter rateLimiter,
      RoomEvents room,
      RoomPresence presence,
      PersonaCatalogue personas,
      ScenarioCatalogue scenarios,
      IdGenerator ids,
      Clock clock) {
    this(
        negotiations,
        messages,
        audit,
        rateLimiter,
        room,
        presence,
        personas,
        scenarios,
        ids,
        clock,
        DebriefRepository.keepingNothing());
  }

  public Ports {
    Objects.requireNonNull(negotiations, "negotiations");
    Objects.requireNonNull(messages, "messages");
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(rateLimiter, "rateLimiter");
    Objects.requireNonNull(room, "room");
    Objects.requireNonNull(presence, "presence");
    Objects.requireNonNull(personas, "personas");
    Objects.requireNonNull(scenarios, "scenarios");
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(debriefs, "debriefs");
  }
}
